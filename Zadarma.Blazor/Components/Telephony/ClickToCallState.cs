namespace Zadarma.Blazor.Components.Telephony;

/// <summary>Where a click-to-call stands, as its button shows it.</summary>
public enum ClickToCallState
{
    Idle,

    /// <summary>Zadarma is being asked to place the call.</summary>
    Calling,

    /// <summary>Zadarma accepted: the agent's own phone rings first.</summary>
    Ringing,

    /// <summary>The agent picked up and the PBX reports the call: the number is dialled, then talked to.</summary>
    Connected,

    /// <summary>The call did not start or did not reach the number; the button says why.</summary>
    Failed,
}
