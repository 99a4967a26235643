using System.Net;
using Microsoft.AspNetCore.Http;
using Zadarma.Blazor.Endpoints;

namespace Zadarma.Tests.Unit.Webhooks;

public sealed class WebhookSenderTests
{
    private static HttpContext Request(string remote, string? forwardedFor = null)
    {
        var http = new DefaultHttpContext();
        http.Connection.RemoteIpAddress = IPAddress.Parse(remote);
        if (forwardedFor is not null)
            http.Request.Headers[WebhookSender.ForwardedFor] = forwardedFor;
        return http;
    }

    [Fact]
    public void Any_sender_is_allowed_when_no_network_is_configured()
    {
        var options = new WebhookOptions();
        Assert.True(WebhookSender.IsAllowed(WebhookSender.AddressOf(Request("203.0.113.9"), options), options));
    }

    [Theory]
    [InlineData("185.45.152.40", true)]
    [InlineData("185.45.152.43", true)]
    [InlineData("::ffff:185.45.152.41", true)]
    [InlineData("185.45.152.44", false)]
    [InlineData("10.0.0.1", false)]
    public void Only_the_allowed_networks_may_send(string remote, bool allowed)
    {
        var options = new WebhookOptions { AllowedNetworks = ["185.45.152.40/30"] };
        Assert.Equal(allowed, WebhookSender.IsAllowed(WebhookSender.AddressOf(Request(remote), options), options));
    }

    [Fact]
    public void Forwarded_for_is_believed_only_from_the_trusted_proxy()
    {
        var options = new WebhookOptions { AllowedNetworks = ["185.45.152.40/30"], TrustedProxy = "10.0.0.5" };

        var viaProxy = WebhookSender.AddressOf(Request("10.0.0.5", "1.2.3.4, 185.45.152.41"), options);
        Assert.Equal(IPAddress.Parse("185.45.152.41"), viaProxy);
        Assert.True(WebhookSender.IsAllowed(viaProxy, options));

        var spoofed = WebhookSender.AddressOf(Request("10.0.0.6", "185.45.152.41"), options);
        Assert.Equal(IPAddress.Parse("10.0.0.6"), spoofed);
        Assert.False(WebhookSender.IsAllowed(spoofed, options));
    }

    [Fact]
    public void A_malformed_network_makes_the_options_invalid()
    {
        Assert.False(new WebhookOptions { AllowedNetworks = ["185.45.152.40/33"] }.IsValid());
        Assert.False(new WebhookOptions { TrustedProxy = "proxy" }.IsValid());
        Assert.True(new WebhookOptions { AllowedNetworks = ["185.45.152.40/30", "2001:db8::/32"], TrustedProxy = "::1" }.IsValid());
    }
}
