using System.Security.Cryptography;
using Microsoft.AspNetCore.DataProtection;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using Zadarma.Core.Api;
using Zadarma.Core.Sandbox;
using Zadarma.Core.Webhooks;

namespace Zadarma.Core.Settings;

/// <summary>
/// The Zadarma account the app talks to: the built-in sandbox, or a real account whose secret is kept
/// encrypted with Data Protection and never leaves the server. Read on every call, so a save applies at once.
/// </summary>
public sealed class ZadarmaConnection(
    SettingsStore settings,
    IDataProtectionProvider protection,
    IOptions<SandboxOptions> sandboxOptions,
    IServiceProvider services,
    ILogger<ZadarmaConnection> logger) : IZadarmaAccount, IWebhookSecret
{
    private readonly IDataProtector _protector = protection.CreateProtector("Zadarma.ApiSecret");

    // Webhooks ask for the secret on every event: keep the last decryption rather than repeat it.
    private volatile DecryptedSecret? _decrypted;

    public bool SandboxAvailable => sandboxOptions.Value.Enabled;

    public async ValueTask<ZadarmaCredentials> GetCredentialsAsync(CancellationToken ct)
    {
        var current = await settings.GetAsync(ct);
        if (current.ZadarmaUseSandbox)
            return SandboxCredentials();

        if (string.IsNullOrWhiteSpace(current.ZadarmaKey) || current.ZadarmaSecretProtected is null)
            throw new ZadarmaException(ZadarmaErrorKind.NotConfigured);
        return WithSavedSecret(new Uri(current.ZadarmaUrl), current.ZadarmaKey, current.ZadarmaSecretProtected)
            ?? throw new ZadarmaException(ZadarmaErrorKind.NotConfigured);
    }

    /// <summary>Null when the saved secret can no longer be decrypted.</summary>
    private ZadarmaCredentials? WithSavedSecret(Uri url, string key, string protectedSecret) =>
        TryDecrypt(protectedSecret, "the API cannot be called until the secret is entered again") is { } secret
            ? new ZadarmaCredentials(url, key, secret)
            : null;

    /// <summary>Zadarma signs webhooks with the API secret of the account.</summary>
    public async ValueTask<string?> GetSecretAsync(CancellationToken ct)
    {
        var current = await settings.GetAsync(ct);
        if (current.ZadarmaUseSandbox)
            return SandboxAvailable ? services.GetRequiredService<SandboxPbx>().Secret : null;
        return current.ZadarmaSecretProtected is null
            ? null
            : TryDecrypt(current.ZadarmaSecretProtected, "webhooks cannot be verified");
    }

    /// <summary>The saved secret in plain text; null, and logged with <paramref name="consequence"/>, when it can no longer be decrypted.</summary>
    private string? TryDecrypt(string protectedSecret, string consequence)
    {
        if (_decrypted is { } last && last.Protected == protectedSecret)
            return last.Plain;
        try
        {
            var plain = _protector.Unprotect(protectedSecret);
            _decrypted = new DecryptedSecret(protectedSecret, plain);
            return plain;
        }
        catch (CryptographicException e)
        {
            // The data-protection keys were lost or replaced: the admin must enter the secret again.
            logger.LogError(e, "The saved Zadarma secret can no longer be decrypted: {Consequence}", consequence);
            return null;
        }
    }

    private sealed record DecryptedSecret(string Protected, string Plain);

    private ZadarmaCredentials SandboxCredentials()
    {
        if (!SandboxAvailable)
            throw new ZadarmaException(ZadarmaErrorKind.NotConfigured);
        // Resolved only when used, so that a production install with the sandbox off never creates its key file.
        var appBase = services.GetRequiredService<SandboxAppAddress>().Find()
            ?? throw new ZadarmaException(ZadarmaErrorKind.Unreachable);
        return services.GetRequiredService<SandboxPbx>().CredentialsAt(appBase);
    }

    /// <summary>
    /// The account the tab's fields describe, before they are saved: the sandbox, or the typed URL and key with the
    /// newly typed secret, else the saved one. Only errors in those fields count here; the rest is checked on save.
    /// </summary>
    public async Task<(ZadarmaCredentials? Credentials, IReadOnlyList<ZadarmaConnectionError> Errors)> CredentialsOfAsync(
        ZadarmaConnectionEdit edit, CancellationToken ct = default)
    {
        var current = await settings.GetAsync(ct);
        var errors = Validate(edit, current).Where(ZadarmaConnectionEdit.IsAccountError).ToList();
        if (errors.Count > 0)
            return (null, errors);
        if (edit.UseSandbox)
            return (SandboxCredentials(), []);

        var url = new Uri(UrlOf(edit));
        var key = string.IsNullOrWhiteSpace(edit.Key) ? current.ZadarmaKey! : edit.Key.Trim();
        if (!string.IsNullOrWhiteSpace(edit.NewSecret))
            return (new ZadarmaCredentials(url, key, edit.NewSecret.Trim()), []);
        return WithSavedSecret(url, key, current.ZadarmaSecretProtected!) is { } saved
            ? (saved, [])
            : (null, [ZadarmaConnectionError.SecretRequired]);
    }

    private static string UrlOf(ZadarmaConnectionEdit edit) => edit.Url.Trim().TrimEnd('/');

    public async Task<ZadarmaConnectionEdit> LoadAsync(CancellationToken ct = default)
    {
        var current = await settings.GetAsync(ct);
        return new ZadarmaConnectionEdit
        {
            UseSandbox = current.ZadarmaUseSandbox && SandboxAvailable,
            Url = current.ZadarmaUrl,
            SavedKeyHint = KeyHint(current.ZadarmaKey),
            SecretIsSet = current.ZadarmaSecretProtected is not null,
            PbxTimeZone = PbxTimeZone.Format(current.PbxUtcOffsetMinutes),
            PlayRecordingsRemotely = current.PlayRecordingsRemotely,
            AgentsMayListenToOwnCalls = current.AgentsMayListenToOwnCalls,
            WebRtcEnabled = current.WebRtcEnabled,
            WebRtcLibScriptUrl = current.WebRtcLibScriptUrl,
            WebRtcFnScriptUrl = current.WebRtcFnScriptUrl,
            WebRtcShape = current.WebRtcShape,
            WebRtcPosition = current.WebRtcPosition,
            RoutingEnabled = current.RoutingEnabled,
            RoutingReturnTimeout = current.RoutingReturnTimeout,
            SendCallerName = current.SendCallerName,
            PublicAddress = current.PublicAddress,
        };
    }

    private IReadOnlyList<ZadarmaConnectionError> Validate(ZadarmaConnectionEdit edit, AppSettings current) =>
        edit.Validate(current.ZadarmaSecretProtected is not null, SandboxAvailable, keySaved: !string.IsNullOrWhiteSpace(current.ZadarmaKey));

    // Enough to tell two keys apart, too little to use one.
    private static string? KeyHint(string? key) =>
        string.IsNullOrWhiteSpace(key) ? null : key.Length > 12 ? "…" + key[^4..] : "…";

    /// <summary>Saves the tab; the key and the secret are replaced only when new ones were typed.</summary>
    public async Task<IReadOnlyList<ZadarmaConnectionError>> SaveAsync(ZadarmaConnectionEdit edit, CancellationToken ct = default)
    {
        var before = await settings.GetAsync(ct);
        var errors = Validate(edit, before);
        if (errors.Count > 0)
            return errors;

        var newSecret = string.IsNullOrWhiteSpace(edit.NewSecret) ? null : _protector.Protect(edit.NewSecret.Trim());
        var newKey = string.IsNullOrWhiteSpace(edit.Key) ? null : edit.Key.Trim();
        var url = UrlOf(edit);
        var accountChanged = false;
        var saved = await settings.UpdateAsync(current =>
        {
            accountChanged = current.ZadarmaUseSandbox != edit.UseSandbox || (newKey is not null && newKey != current.ZadarmaKey)
                || current.ZadarmaUrl != url || newSecret is not null;
            current.ZadarmaUseSandbox = edit.UseSandbox;
            current.ZadarmaUrl = url;
            if (newKey is not null)
                current.ZadarmaKey = newKey;
            if (newSecret is not null)
                current.ZadarmaSecretProtected = newSecret;
            current.PbxUtcOffsetMinutes = edit.PbxUtcOffsetMinutes;
            current.PlayRecordingsRemotely = edit.PlayRecordingsRemotely;
            current.AgentsMayListenToOwnCalls = edit.AgentsMayListenToOwnCalls;
            current.WebRtcEnabled = edit.WebRtcEnabled;
            current.WebRtcLibScriptUrl = (edit.WebRtcLibScriptUrl ?? "").Trim();
            current.WebRtcFnScriptUrl = (edit.WebRtcFnScriptUrl ?? "").Trim();
            current.WebRtcShape = edit.WebRtcShape;
            current.WebRtcPosition = (edit.WebRtcPosition ?? "").Trim();
            current.RoutingEnabled = edit.RoutingEnabled;
            current.RoutingReturnTimeout = edit.RoutingReturnTimeout;
            current.SendCallerName = edit.SendCallerName;
            current.PublicAddress = AppAddress.TryParse(edit.PublicAddress, out var publicAddress) ? publicAddress.AbsoluteUri : null;
            if (accountChanged)
                current.PbxId = null;
        }, ct);

        edit.NewSecret = null;
        edit.Key = null;
        edit.SecretIsSet = saved.ZadarmaSecretProtected is not null;
        edit.SavedKeyHint = KeyHint(saved.ZadarmaKey);
        // The key is half of the credentials: the log says only whether the account changed.
        logger.LogInformation("Zadarma connection saved: sandbox {UseSandbox}, url {Url}, account changed {AccountChanged}", edit.UseSandbox, saved.ZadarmaUrl, accountChanged);
        return [];
    }
}
