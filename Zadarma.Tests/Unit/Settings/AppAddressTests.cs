using Zadarma.Core.Settings;

namespace Zadarma.Tests.Unit.Settings;

/// <summary>Which addresses Zadarma's servers can post to, and which only this machine or its network can reach.</summary>
public sealed class AppAddressTests
{
    [Theory]
    [InlineData("http://localhost:5000/")]
    [InlineData("http://127.0.0.1/")]
    [InlineData("http://127.8.0.3/")]
    [InlineData("http://10.1.2.3/")]
    [InlineData("http://172.16.0.1/")]
    [InlineData("http://172.31.255.254/")]
    [InlineData("http://192.168.1.20:8080/crm/")]
    [InlineData("http://169.254.10.1/")]
    [InlineData("http://100.64.0.1/")]
    [InlineData("http://0.0.0.0/")]
    [InlineData("http://[::1]:5000/")]
    [InlineData("http://[fd12:3456::1]/")]
    [InlineData("http://[fe80::1]/")]
    [InlineData("http://[::ffff:192.168.0.1]/")]
    [InlineData("http://crm.local/")]
    [InlineData("http://app.localhost/")]
    [InlineData("http://crm.internal/")]
    [InlineData("http://router.home.arpa/")]
    [InlineData("http://crmserver/")]
    public void Local_and_private_addresses_are_private(string address) => Assert.True(AppAddress.IsPrivate(new Uri(address)));

    [Theory]
    [InlineData("https://crm.example.com/")]
    [InlineData("http://8.8.8.8/")]
    [InlineData("http://172.32.0.1/")]
    [InlineData("http://192.169.0.1/")]
    [InlineData("https://[2a00:1450:4001::1]/")]
    [InlineData("https://local.example.com/")]
    public void Internet_addresses_are_not(string address) => Assert.False(AppAddress.IsPrivate(new Uri(address)));

    [Theory]
    [InlineData("https://crm.example.com", "https://crm.example.com/")]
    [InlineData(" https://crm.example.com/zadarma ", "https://crm.example.com/zadarma/")]
    [InlineData("http://crm.example.com:8080/a/b/", "http://crm.example.com:8080/a/b/")]
    public void A_public_address_is_read_with_a_trailing_slash(string typed, string address)
    {
        Assert.True(AppAddress.TryParse(typed, out var parsed));
        Assert.Equal(address, parsed.AbsoluteUri);
    }

    [Theory]
    [InlineData("crm.example.com")]
    [InlineData("ftp://crm.example.com/")]
    [InlineData("https://crm.example.com/?a=1")]
    [InlineData("https://crm.example.com/#top")]
    [InlineData("https://user:pass@crm.example.com/")]
    [InlineData("")]
    public void Anything_else_is_not_an_app_address(string typed) => Assert.False(AppAddress.TryParse(typed, out _));

    [Fact]
    public void A_malformed_public_address_is_refused_and_an_empty_one_is_fine()
    {
        var edit = new ZadarmaConnectionEdit { UseSandbox = true, RoutingReturnTimeout = 20, PublicAddress = "crm.example.com" };
        Assert.Equal([ZadarmaConnectionError.PublicAddressInvalid], edit.Validate(secretSaved: false, sandboxAvailable: true, keySaved: false));

        edit.PublicAddress = " ";
        Assert.Empty(edit.Validate(secretSaved: false, sandboxAvailable: true, keySaved: false));
    }
}
