using System.Net;

namespace Zadarma.Blazor.Endpoints;

/// <summary>Limits of the webhook endpoint, from configuration section <c>Zadarma:Webhooks</c>.</summary>
public sealed class WebhookOptions
{
    public const string Section = "Zadarma:Webhooks";

    /// <summary>A notification is a handful of short fields; anything near this size is not one.</summary>
    public int MaxBodyBytes { get; set; } = 64 * 1024;

    /// <summary>Per sender address. Generous: one PBX can send thousands of notifications a second at peak.</summary>
    public int RequestsPerSecond { get; set; } = 20_000;

    /// <summary>Notifications of unknown kinds with an unverifiable signature kept aside per minute; past that they get 429.</summary>
    public int UnverifiedPerMinute { get; set; } = 60;

    /// <summary>Sender networks in CIDR form (Zadarma sends from <c>185.45.152.40/30</c>); empty lets any address in.</summary>
    public string[] AllowedNetworks { get; set; } = [];

    /// <summary>The reverse proxy whose <c>X-Forwarded-For</c> is believed; from any other address the header is ignored.</summary>
    public string? TrustedProxy { get; set; }

    /// <summary>How long the PBX may wait for a routing decision before the call just follows its scenario.</summary>
    public int RoutingTimeoutMs { get; set; } = 1500;

    /// <summary>Days an applied notification is kept after it arrived; its call keeps what it said for good.</summary>
    public int RetainDays { get; set; } = 90;

    public IReadOnlyList<IPNetwork> Networks() => AllowedNetworks.Select(n => IPNetwork.Parse(n.Trim())).ToList();

    public bool IsValid() =>
        AllowedNetworks.All(n => IPNetwork.TryParse(n.Trim(), out _))
        && (TrustedProxy is null || IPAddress.TryParse(TrustedProxy, out _))
        && MaxBodyBytes > 0 && RequestsPerSecond > 0 && RoutingTimeoutMs > 0 && UnverifiedPerMinute > 0 && RetainDays > 0;
}
