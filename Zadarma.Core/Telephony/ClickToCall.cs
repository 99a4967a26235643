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
    public async Task<CallbackResult> StartAsync(int userId, string number, CancellationToken ct = default)
    {
        var country = await settings.GetDefaultCountryAsync(ct);
        if (!PhoneNumber.TryParse(number, country, out var to, out _))
            return CallbackResult.Fail(CallbackError.InvalidNumber);
        if (await directory.GetEmployeeOfUserAsync(userId, ct) is not { } employee)
            return CallbackResult.Fail(CallbackError.NoExtension);
        if (await extensions.GetExtensionOfEmployeeAsync(employee.Id, ct) is not { } extension)
            return CallbackResult.Fail(CallbackError.NoExtension);

        if (!pending.TryStart(userId, to.Value.E164))
            return CallbackResult.Fail(CallbackError.AlreadyCalling);

        var pbxId = (await settings.GetAsync(ct)).PbxId;
        try
        {
            await zadarma.RequestCallbackAsync(extension, to.Value.E164, sip: pbxId is null ? null : $"{pbxId}-{extension}", ct: ct);
            logger.LogInformation("Callback from extension {Extension} to {Number} requested by user {UserId}", extension, to.Value.E164, userId);
            return CallbackResult.Ok(extension, to.Value);
        }
        catch (ZadarmaException e)
        {
            pending.Forget(userId, to.Value.E164);
            logger.LogWarning("Callback from extension {Extension} refused: {Reason}", extension, e.Kind);
            return CallbackResult.Fail(CallbackError.Zadarma, e);
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
}

public sealed record CallbackResult(CallbackError Error, string? Extension = null, PhoneNumber? Number = null, ZadarmaException? Zadarma = null)
{
    public bool Succeeded => Error == CallbackError.None;

    public static CallbackResult Ok(string extension, PhoneNumber number) => new(CallbackError.None, extension, number);

    public static CallbackResult Fail(CallbackError error, ZadarmaException? zadarma = null) => new(error, Zadarma: zadarma);
}
