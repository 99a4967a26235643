namespace Zadarma.Blazor.Components.Telephony;

/// <summary>How calls show on screen (popups, the click-to-call button), from configuration section <c>CallPopups</c>.</summary>
public sealed class CallPopupOptions
{
    public const string Section = "CallPopups";

    /// <summary>How long an ended call stays on screen, unless the agent is writing a note.</summary>
    public TimeSpan LingerAfterEnd { get; set; } = TimeSpan.FromSeconds(30);

    /// <summary>
    /// How long a click-to-call button shows the agent's phone ringing without news of the call from the PBX; past that
    /// (the agent never picked up, or the PBX's notifications do not reach the app) it is ready again.
    /// </summary>
    public TimeSpan RingingWithoutNews { get; set; } = TimeSpan.FromMinutes(1);
}
