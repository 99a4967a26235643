namespace Zadarma.Blazor.Components.Telephony;

/// <summary>How the phone in the browser starts, from configuration section <c>WebRtcWidget</c>.</summary>
public sealed class WebRtcWidgetOptions
{
    public const string Section = "WebRtcWidget";

    /// <summary>How long Zadarma's scripts may take to load before the agent is told the phone is unavailable.</summary>
    public TimeSpan StartTimeout { get; set; } = TimeSpan.FromMinutes(1);
}
