namespace Zadarma.Blazor.Components.Telephony;

/// <summary>How call popups behave on screen, from configuration section <c>CallPopups</c>.</summary>
public sealed class CallPopupOptions
{
    public const string Section = "CallPopups";

    /// <summary>How long an ended call stays on screen, unless the agent is writing a note.</summary>
    public TimeSpan LingerAfterEnd { get; set; } = TimeSpan.FromSeconds(30);
}
