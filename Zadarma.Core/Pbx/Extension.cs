using Zadarma.Core.Directory;

namespace Zadarma.Core.Pbx;

/// <summary>An internal number of the PBX (e.g. 100), and the employee who answers it.</summary>
public sealed class Extension
{
    public int Id { get; set; }
    public required string Number { get; set; }
    public string? Name { get; set; }
    public int? EmployeeId { get; set; }
    public Employee? Employee { get; set; }

    /// <summary>Gone from Zadarma at the last fetch; kept so the journal still shows whose extension it was.</summary>
    public bool IsRemoved { get; set; }

    public DateTime FetchedUtc { get; set; }
}
