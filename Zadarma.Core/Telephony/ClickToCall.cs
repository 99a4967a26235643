using Microsoft.Extensions.Logging;
using Zadarma.Core.Api;
using Zadarma.Core.Directory;
using Zadarma.Core.Pbx;
using Zadarma.Core.Settings;

namespace Zadarma.Core.Telephony;

/// <summary>
/// Starts a Zadarma callback: the agent's own extension rings first, then the client is dialled.
/// The call's progress then arrives as OUT_START/OUT_END webhooks, like any other call.
/// </summary>
public sealed class ClickToCall(
    ICrmDirectory directory,
    ExtensionStore extensions,
    SettingsStore settings,
    ZadarmaClient zadarma,
    PendingCallbacks pending,
    ILogger<ClickToCall> logger)
{
    /// <summary>Never throws but for <paramref name="ct"/>: every failure is a result the agent is told about.</summary>
    public async Task<CallbackResult> StartAsync(int userId, string number, CancellationToken ct = default)
    {
        try
        {
            return await RequestAsync(userId, number, ct);
        }
        catch (Exception e) when (!ct.IsCancellationRequested)
        {
            // The host CRM, the database or the network stack failed: the click failed, the page must not.
            logger.LogError(e, "Callback requested by user {UserId} failed", userId);
            return CallbackResult.Fail(CallbackError.Unexpected);
        }
    }

    private async Task<CallbackResult> RequestAsync(int userId, string number, CancellationToken ct)
    {
        var country = await settings.GetDefaultCountryAsync(ct);
        if (!PhoneNumber.TryParse(number, country, out var to, out _))
            return CallbackResult.Fail(CallbackError.InvalidNumber);
        if (await directory.GetEmployeeOfUserAsync(userId, ct) is not { } employee)
            return CallbackResult.Fail(CallbackError.NoExtension);
        if (await extensions.GetExtensionOfEmployeeAsync(employee.Id, ct) is not { } extension)
            return CallbackResult.Fail(CallbackError.NoExtension);

        var e164 = to.Value.E164;
        if (!pending.TryStart(userId, e164))
            return CallbackResult.Fail(CallbackError.AlreadyCalling);

        var requested = false;
        try
        {
            var pbxId = (await settings.GetAsync(ct)).PbxId;
            await zadarma.RequestCallbackAsync(extension, e164, sip: pbxId is null ? null : $"{pbxId}-{extension}", ct: ct);
            requested = true;
            logger.LogInformation("Callback from extension {Extension} requested by user {UserId}", extension, userId);
            logger.LogDebug("Callback from extension {Extension} dials {Number}", extension, e164);
            return CallbackResult.Ok(extension, to.Value);
        }
        catch (ZadarmaException e)
        {
            logger.LogWarning("Callback from extension {Extension} refused: {Reason}", extension, e.Kind);
            return CallbackResult.Fail(CallbackError.Zadarma, e);
        }
        finally
        {
            // A failed request dialled nobody: the next click may try again at once.
            if (!requested)
                pending.Forget(userId, e164);
        }
    }
}

public enum CallbackError
{
    None,
    InvalidNumber,
    NoExtension,
    AlreadyCalling,
    Zadarma,

    /// <summary>Something other than Zadarma failed; the log has the exception.</summary>
    Unexpected,
}

public sealed record CallbackResult(CallbackError Error, string? Extension = null, PhoneNumber? Number = null, ZadarmaException? Zadarma = null)
{
    public bool Succeeded => Error == CallbackError.None;

    public static CallbackResult Ok(string extension, PhoneNumber number) => new(CallbackError.None, extension, number);

    public static CallbackResult Fail(CallbackError error, ZadarmaException? zadarma = null) => new(error, Zadarma: zadarma);
}
