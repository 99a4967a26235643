using Zadarma.Core.WebRtc;

namespace Zadarma.Core.Settings;

/// <summary>
/// What the Zadarma tab edits. The saved key and secret are never loaded into it, so no page ever carries them: only
/// whether they are set, and the key's last characters to recognise it by.
/// </summary>
public sealed class ZadarmaConnectionEdit
{
    public bool UseSandbox { get; set; }
    public string Url { get; set; } = AppSettings.DefaultZadarmaUrl;
    /// <summary>Typed to replace the saved key; empty keeps it.</summary>
    public string? Key { get; set; }

    /// <summary>The saved key's last characters (<c>…9f3a</c>), or null when no key is saved.</summary>
    public string? SavedKeyHint { get; set; }

    /// <summary>Typed to replace the saved secret; empty keeps it.</summary>
    public string? NewSecret { get; set; }

    public bool SecretIsSet { get; set; }
    /// <summary>The account's time zone as Zadarma writes it (<c>UTC+3</c>).</summary>
    public string PbxTimeZone { get; set; } = "UTC+3";

    internal int PbxUtcOffsetMinutes => Settings.PbxTimeZone.TryParse(PbxTimeZone, out var minutes) ? minutes.Value : 0;
    public bool PlayRecordingsRemotely { get; set; }
    public bool AgentsMayListenToOwnCalls { get; set; }
    public bool WebRtcEnabled { get; set; }
    public string WebRtcLibScriptUrl { get; set; } = AppSettings.DefaultWebRtcLibScriptUrl;
    public string WebRtcFnScriptUrl { get; set; } = AppSettings.DefaultWebRtcFnScriptUrl;
    public string WebRtcShape { get; set; } = WidgetShape.Square;
    public string WebRtcPosition { get; set; } = WidgetPosition.Default;
    public bool RoutingEnabled { get; set; }
    public int RoutingReturnTimeout { get; set; }
    public bool SendCallerName { get; set; }

    /// <summary>Where the internet reaches the app; empty takes the address the admin's browser shows.</summary>
    public string? PublicAddress { get; set; }

    public IReadOnlyList<ZadarmaConnectionError> Validate(bool secretSaved, bool sandboxAvailable, bool keySaved)
    {
        var errors = new List<ZadarmaConnectionError>();
        if (UseSandbox && !sandboxAvailable)
            errors.Add(ZadarmaConnectionError.SandboxOff);
        if (!UseSandbox)
        {
            if (!IsWebAddress(Url))
                errors.Add(ZadarmaConnectionError.UrlInvalid);
            if (!keySaved && string.IsNullOrWhiteSpace(Key))
                errors.Add(ZadarmaConnectionError.KeyRequired);
            if (!secretSaved && string.IsNullOrWhiteSpace(NewSecret))
                errors.Add(ZadarmaConnectionError.SecretRequired);
        }
        if (RoutingReturnTimeout is < 0 or > 600 || RoutingReturnTimeout is 1 or 2)
            errors.Add(ZadarmaConnectionError.ReturnTimeoutInvalid);
        if (!Settings.PbxTimeZone.TryParse(PbxTimeZone, out _))
            errors.Add(ZadarmaConnectionError.TimeZoneInvalid);
        if (!string.IsNullOrWhiteSpace(PublicAddress) && !AppAddress.TryParse(PublicAddress, out _))
            errors.Add(ZadarmaConnectionError.PublicAddressInvalid);
        // The widget's fields are shown only while it is on: a hidden error could not be corrected.
        if (WebRtcEnabled)
        {
            if (!IsWebAddress(WebRtcLibScriptUrl))
                errors.Add(ZadarmaConnectionError.WebRtcLibScriptInvalid);
            if (!IsWebAddress(WebRtcFnScriptUrl))
                errors.Add(ZadarmaConnectionError.WebRtcFnScriptInvalid);
            if (!WidgetShape.IsValid(WebRtcShape))
                errors.Add(ZadarmaConnectionError.WebRtcShapeInvalid);
            if (!WidgetPosition.IsValid(WebRtcPosition))
                errors.Add(ZadarmaConnectionError.WebRtcPositionInvalid);
        }
        return errors;
    }

    /// <summary>Errors in the fields that choose the account, which a connection test needs right.</summary>
    public static bool IsAccountError(ZadarmaConnectionError error) => error is
        ZadarmaConnectionError.SandboxOff or ZadarmaConnectionError.UrlInvalid or ZadarmaConnectionError.KeyRequired or ZadarmaConnectionError.SecretRequired;

    private static bool IsWebAddress(string? text) =>
        Uri.TryCreate(text?.Trim(), UriKind.Absolute, out var url) && (url.Scheme == Uri.UriSchemeHttps || url.Scheme == Uri.UriSchemeHttp);
}

public enum ZadarmaConnectionError
{
    SandboxOff,
    UrlInvalid,
    KeyRequired,
    SecretRequired,
    ReturnTimeoutInvalid,
    TimeZoneInvalid,
    WebRtcLibScriptInvalid,
    WebRtcFnScriptInvalid,
    WebRtcShapeInvalid,
    WebRtcPositionInvalid,
    PublicAddressInvalid,
}
