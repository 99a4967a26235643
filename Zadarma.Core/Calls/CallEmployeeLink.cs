namespace Zadarma.Core.Calls;

/// <summary>
/// One employee a call concerns (from its <see cref="Call.EmployeeIds"/> and <see cref="Call.StaffEmployeeIds"/>), with
/// the call's start: the journal filtered by employee reads these, in time order, instead of every call's lists.
/// The database's triggers keep them (see <see cref="CallLinkConfiguration"/>); the app only reads them.
/// </summary>
public sealed class CallEmployeeLink
{
    public int EmployeeId { get; set; }
    public int CallId { get; set; }
    public DateTime? StartUtc { get; set; }
}
