using System.Security.Cryptography;
using Microsoft.Extensions.Logging;
using Zadarma.Core.Api;

namespace Zadarma.Core.Sandbox;

/// <summary>Posts webhooks signed with the sandbox secret, and runs Zadarma's <c>zd_echo</c> check of a webhook URL.</summary>
public sealed class SandboxWebhookSender(IHttpClientFactory httpFactory, SandboxPbx pbx, ILogger<SandboxWebhookSender> logger)
{
    public const string HttpClientName = "Zadarma.Sandbox.Webhooks";

    /// <summary>Delivery failures are logged, not thrown: Zadarma does not stop a call because a CRM is down.</summary>
    public async Task<bool> SendAsync(Uri target, SandboxWebhook webhook, CancellationToken ct) =>
        await SendForReplyAsync(target, webhook, ct) is not null;

    /// <summary>Like <see cref="SendAsync"/>, and returns the body of a successful reply (the call-control reply of NOTIFY_START).</summary>
    public async Task<string?> SendForReplyAsync(Uri target, SandboxWebhook webhook, CancellationToken ct)
    {
        using var request = new HttpRequestMessage(HttpMethod.Post, target) { Content = new FormUrlEncodedContent(webhook.Fields) };
        request.Headers.TryAddWithoutValidation("Signature", ZadarmaHmac.Sign(pbx.Secret, webhook.SignedData));
        try
        {
            using var response = await httpFactory.CreateClient(HttpClientName).SendAsync(request, ct);
            if (response.IsSuccessStatusCode)
                return await response.Content.ReadAsStringAsync(ct);
            logger.LogWarning("Sandbox webhook {Event} to {Target} answered {Status}", webhook.Event, Printable(target), (int)response.StatusCode);
        }
        catch (Exception e) when (e is HttpRequestException or TaskCanceledException && !ct.IsCancellationRequested)
        {
            logger.LogWarning("Sandbox webhook {Event} to {Target} failed: {Reason}", webhook.Event, Printable(target), e.Message);
        }
        return null;
    }

    /// <summary>True when <c>GET url?zd_echo=token</c> answers 200 with exactly the token.</summary>
    public async Task<bool> EchoesAsync(Uri url, CancellationToken ct)
    {
        var token = Convert.ToHexStringLower(RandomNumberGenerator.GetBytes(8));
        var query = url.Query.Length > 1 ? url.Query[1..] + "&" : "";
        var probe = new UriBuilder(url) { Query = $"{query}zd_echo={token}" }.Uri;
        try
        {
            using var response = await httpFactory.CreateClient(HttpClientName).GetAsync(probe, ct);
            return response.IsSuccessStatusCode && await response.Content.ReadAsStringAsync(ct) == token;
        }
        catch (Exception e) when (e is HttpRequestException or TaskCanceledException && !ct.IsCancellationRequested)
        {
            logger.LogWarning("Sandbox zd_echo check of {Target} failed: {Reason}", Printable(url), e.Message);
            return false;
        }
    }

    // A webhook URL may carry a token in its query; logs get the address without it.
    private static string Printable(Uri target) => target.GetLeftPart(UriPartial.Path);
}
