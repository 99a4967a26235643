using Microsoft.Extensions.Configuration;

namespace Zadarma.Core.Webhooks;

/// <summary>The secret from configuration key <c>Zadarma:Secret</c>, until the settings-backed one replaces it.</summary>
public sealed class ConfiguredWebhookSecret(IConfiguration configuration) : IWebhookSecret
{
    public const string Key = "Zadarma:Secret";

    public ValueTask<string?> GetSecretAsync(CancellationToken ct) =>
        ValueTask.FromResult(configuration[Key] is { Length: > 0 } secret ? secret : null);
}
