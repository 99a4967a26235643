namespace Zadarma.Core.WebRtc;

/// <summary>Why a user gets no phone in the browser.</summary>
public enum WebRtcUnavailable
{
    /// <summary>The "WebRTC widget" setting is off.</summary>
    SwitchedOff,

    /// <summary>The user is not linked to an employee.</summary>
    NoEmployee,

    /// <summary>The user's employee has no extension of the PBX.</summary>
    NoExtension,

    /// <summary>"Get PBX" has not run since the account was set, so the extension's SIP login is unknown.</summary>
    NoPbxId,

    /// <summary>Zadarma did not issue a key; see <see cref="WebRtcOffer.Error"/>.</summary>
    KeyNotIssued,
}
