using Zadarma.Core.WebRtc;

namespace Zadarma.Core.Settings;

/// <summary>The app's settings, one row, changed by admins on the Settings page.</summary>
public sealed class AppSettings
{
    public const int SingletonId = 1;

    public int Id { get; set; } = SingletonId;

    /// <summary>Country whose national formats are assumed for numbers typed without a country code.</summary>
    public string DefaultCountry { get; set; } = "RU";

    /// <summary>How many trailing digits make two numbers "the same" when no exact match exists.</summary>
    public int PhoneSuffixDigits { get; set; } = 9;

    /// <summary>Fresh installs talk to the built-in sandbox PBX, so everything works without a Zadarma account.</summary>
    public bool ZadarmaUseSandbox { get; set; } = true;

    public string ZadarmaUrl { get; set; } = DefaultZadarmaUrl;

    public string? ZadarmaKey { get; set; }

    /// <summary>The API secret, encrypted with Data Protection; never sent to a browser or a log.</summary>
    public string? ZadarmaSecretProtected { get; set; }

    /// <summary>The PBX id from the last "Get PBX"; extension logins are <c>{PbxId}-{extension}</c>.</summary>
    public string? PbxId { get; set; }

    /// <summary>
    /// Where the internet reaches the app (<c>https://crm.example.com/</c>), the base of the webhook address given to
    /// Zadarma; null takes the address the admin's browser shows.
    /// </summary>
    public string? PublicAddress { get; set; }

    public bool PlayRecordingsRemotely { get; set; } = true;

    /// <summary>Agents may hear the recordings of calls their own extension answered; supervisors always hear all.</summary>
    public bool AgentsMayListenToOwnCalls { get; set; }

    public bool WebRtcEnabled { get; set; }

    /// <summary>Zadarma's widget library loader, loaded first; the sandbox account loads the sandbox's stand-in instead.</summary>
    public string WebRtcLibScriptUrl { get; set; } = DefaultWebRtcLibScriptUrl;

    /// <summary>Zadarma's loader of <c>zadarmaWidgetFn</c>, loaded second.</summary>
    public string WebRtcFnScriptUrl { get; set; } = DefaultWebRtcFnScriptUrl;

    /// <summary><c>square</c> or <c>rounded</c>.</summary>
    public string WebRtcShape { get; set; } = WidgetShape.Square;

    /// <summary>Where the widget sits, in Zadarma's notation: <c>{right:'10px',bottom:'5px'}</c>.</summary>
    public string WebRtcPosition { get; set; } = WidgetPosition.Default;

    /// <summary>Send a known client's call straight to their responsible manager's extension.</summary>
    public bool RoutingEnabled { get; set; } = true;

    /// <summary>Seconds before an unanswered redirected call returns to the PBX scenario (0 = never).</summary>
    public int RoutingReturnTimeout { get; set; } = 20;

    /// <summary>Show the client's name on the agent's phone.</summary>
    public bool SendCallerName { get; set; } = true;

    public const string DefaultZadarmaUrl = "https://api.zadarma.com";

    /// <summary>
    /// The PBX account's time zone as minutes east of UTC. Webhook times (<c>call_start</c>) carry no offset
    /// and are read in this zone. Zadarma accounts default to Moscow, UTC+3.
    /// </summary>
    public int PbxUtcOffsetMinutes { get; set; } = 180;

    public const string DefaultWebRtcLibScriptUrl = "https://my.zadarma.com/webphoneWebRTCWidget/v9/js/loader-phone-lib.js?sub_v=1";

    public const string DefaultWebRtcFnScriptUrl = "https://my.zadarma.com/webphoneWebRTCWidget/v9/js/loader-phone-fn.js?sub_v=1";

    public AppSettings Copy() => (AppSettings)MemberwiseClone();
}
