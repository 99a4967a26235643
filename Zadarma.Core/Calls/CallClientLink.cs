namespace Zadarma.Core.Calls;

/// <summary>
/// One client a call was with (from its <see cref="Call.ClientIds"/>), with the call's start: a client's calls are read
/// from these, in time order. The database's triggers keep them (see <see cref="CallLinkConfiguration"/>); the app
/// only reads them.
/// </summary>
public sealed class CallClientLink
{
    public int ClientId { get; set; }
    public int CallId { get; set; }
    public DateTime? StartUtc { get; set; }
}
