using System.Text;

namespace Zadarma.Core.WebRtc;

/// <summary>The arguments of <c>zadarmaWidgetFn</c> that the server decides, and the scripts to load first, in order.</summary>
/// <param name="Scripts">Absolute URLs, or paths relative to the app for the sandbox's stand-in.</param>
/// <param name="Position">Zadarma's notation, e.g. <c>{right:'10px',bottom:'5px'}</c>.</param>
public sealed record WebRtcWidgetSetup(IReadOnlyList<string> Scripts, string Key, string SipLogin, string Shape, string Position)
{
    // Records print every member; the key lets anyone place calls on the extension, so it must never reach a log.
    private bool PrintMembers(StringBuilder builder)
    {
        builder.Append("SipLogin = ").Append(SipLogin).Append(", Shape = ").Append(Shape);
        return true;
    }
}
