namespace Zadarma.Core.Calls;

/// <summary>A call in the journal changed; the employees concerned may want to see it.</summary>
public sealed record CallChange(int CallId, string PbxCallId, IReadOnlyList<int> EmployeeIds);
