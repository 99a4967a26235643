using System.Net;
using Zadarma.Tests.Infrastructure;
using static Zadarma.Tests.Unit.Webhooks.Notifications;

namespace Zadarma.Tests.Web.Webhooks;

/// <summary>The sender allow-list on the real server, where the connection has an address (the test server has none).</summary>
public sealed class WebhookSenderNetworkTests
{
    [Fact]
    public async Task Behind_the_trusted_proxy_only_zadarmas_network_gets_in_and_nobody_else_can_claim_it()
    {
        await using var app = await TestApp.StartAsync(new Dictionary<string, string?>
        {
            ["Sandbox:Secret"] = Secret,
            ["Zadarma:Webhooks:AllowedNetworks:0"] = "185.45.152.40/30",
            ["Zadarma:Webhooks:TrustedProxy"] = "127.0.0.1",
        });
        using var http = new HttpClient { BaseAddress = app.Address };

        Assert.Equal(HttpStatusCode.OK, await SendAsync(http, "in_net_zadarma", "185.45.152.41"));
        Assert.Equal(HttpStatusCode.OK, await SendAsync(http, "in_net_chain", "10.1.2.3, 185.45.152.43"));
        Assert.Equal(HttpStatusCode.Forbidden, await SendAsync(http, "in_net_other", "203.0.113.7"));
        Assert.Equal(HttpStatusCode.Forbidden, await SendAsync(http, "in_net_spoofed_first_hop", "185.45.152.41, 203.0.113.7"));
        Assert.Equal(HttpStatusCode.Forbidden, await SendAsync(http, "in_net_proxy_itself", null));
    }

    [Fact]
    public async Task Without_a_trusted_proxy_the_forwarded_header_is_ignored()
    {
        await using var app = await TestApp.StartAsync(new Dictionary<string, string?>
        {
            ["Sandbox:Secret"] = Secret,
            ["Zadarma:Webhooks:AllowedNetworks:0"] = "185.45.152.40/30",
        });
        using var http = new HttpClient { BaseAddress = app.Address };

        Assert.Equal(HttpStatusCode.Forbidden, await SendAsync(http, "in_net_claimed", "185.45.152.41"));
    }

    [Fact]
    public async Task With_no_allow_list_any_sender_with_a_valid_signature_gets_in()
    {
        await using var app = await TestApp.StartAsync(new Dictionary<string, string?> { ["Sandbox:Secret"] = Secret });
        using var http = new HttpClient { BaseAddress = app.Address };

        Assert.Equal(HttpStatusCode.OK, await SendAsync(http, "in_net_open", "203.0.113.7"));
    }

    private static async Task<HttpStatusCode> SendAsync(HttpClient http, string pbxCallId, string? forwardedFor)
    {
        using var request = Post(Start(pbxCallId, "79991234567"));
        if (forwardedFor is not null)
            request.Headers.Add("X-Forwarded-For", forwardedFor);
        using var response = await http.SendAsync(request);
        return response.StatusCode;
    }
}
