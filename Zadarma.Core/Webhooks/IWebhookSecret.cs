namespace Zadarma.Core.Webhooks;

/// <summary>The API secret that signs webhooks; null while the account is not connected.</summary>
public interface IWebhookSecret
{
    ValueTask<string?> GetSecretAsync(CancellationToken ct);
}
