using Microsoft.Extensions.Logging;
using Zadarma.Core.Api;
using Zadarma.Core.Directory;
using Zadarma.Core.Pbx;
using Zadarma.Core.Sandbox;
using Zadarma.Core.Settings;

namespace Zadarma.Core.WebRtc;

/// <summary>
/// Decides whether a signed-in user gets the phone in the browser and prepares it: the widget is on, the user's
/// employee has an extension, the PBX id is known, and Zadarma issues a key for the extension's SIP login. The key
/// is fetched here on the server, with the account's secret, and goes only to the user it was asked for.
/// </summary>
public sealed class WebRtcOffers(
    SettingsStore settings,
    ICrmDirectory directory,
    ExtensionStore extensions,
    WebRtcKeys keys,
    ZadarmaClient zadarma,
    ILogger<WebRtcOffers> logger)
{
    public async Task<WebRtcOffer> GetAsync(int userId, CancellationToken ct = default)
    {
        var offer = await DecideAsync(userId, ct);
        // Every page load asks: the reason is for whoever wonders why an agent has no phone in the browser.
        if (!offer.IsOffered)
            logger.LogDebug("No WebRTC widget for user {UserId}: {Reason}", userId, offer.Unavailable);
        return offer;
    }

    private async Task<WebRtcOffer> DecideAsync(int userId, CancellationToken ct)
    {
        var current = await settings.GetAsync(ct);
        if (!current.WebRtcEnabled)
            return WebRtcOffer.NotOffered(WebRtcUnavailable.SwitchedOff);
        if (await directory.GetEmployeeOfUserAsync(userId, ct) is not { IsActive: true } employee)
            return WebRtcOffer.NotOffered(WebRtcUnavailable.NoEmployee);
        if (await extensions.GetExtensionOfEmployeeAsync(employee.Id, ct) is not { } extension)
            return WebRtcOffer.NotOffered(WebRtcUnavailable.NoExtension);
        if (string.IsNullOrWhiteSpace(current.PbxId))
        {
            logger.LogWarning("No WebRTC widget for extension {Extension}: the PBX id is unknown until \"Get PBX\" runs", extension);
            return WebRtcOffer.NotOffered(WebRtcUnavailable.NoPbxId);
        }

        var sipLogin = $"{current.PbxId}-{extension}";
        string key;
        try
        {
            key = await keys.GetAsync(sipLogin, c => zadarma.GetWebRtcKeyAsync(sipLogin, c), ct);
        }
        catch (ZadarmaException e)
        {
            logger.LogWarning("Zadarma issued no WebRTC key for {SipLogin}: {Reason}", sipLogin, e.Kind);
            return WebRtcOffer.NotOffered(WebRtcUnavailable.KeyNotIssued, e);
        }

        logger.LogInformation("WebRTC widget offered to user {UserId} as {SipLogin}", userId, sipLogin);
        var scripts = current.ZadarmaUseSandbox
            ? SandboxWebphone.Scripts
            : [current.WebRtcLibScriptUrl, current.WebRtcFnScriptUrl];
        return WebRtcOffer.Offered(new WebRtcWidgetSetup(scripts, key, sipLogin, current.WebRtcShape, current.WebRtcPosition));
    }
}
