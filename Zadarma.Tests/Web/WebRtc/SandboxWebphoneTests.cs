using System.Net;
using Zadarma.Tests.Infrastructure;

namespace Zadarma.Tests.Web.WebRtc;

/// <summary>The sandbox serves its stand-in widget scripts, and nothing when it is disabled.</summary>
public sealed class SandboxWebphoneTests
{
    [Theory]
    [InlineData("loader-phone-lib.js", "zadarmaSandboxPhoneLib")]
    [InlineData("loader-phone-fn.js", "window.zadarmaWidgetFn = function (key, login, shape, language, visible, position)")]
    public async Task The_stand_in_scripts_are_served_as_javascript(string file, string expected)
    {
        await using var app = await TestApp.StartAsync();
        using var http = new HttpClient { BaseAddress = app.Address };

        using var response = await http.GetAsync($"sandbox/zadarma/webphone/{file}");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("application/javascript", response.Content.Headers.ContentType?.MediaType);
        Assert.Contains(expected, await response.Content.ReadAsStringAsync());
        Assert.Equal(HttpStatusCode.NotFound, (await http.GetAsync("sandbox/zadarma/webphone/other.js")).StatusCode);
    }

    [Fact]
    public async Task Nothing_is_served_when_the_sandbox_is_disabled()
    {
        await using var app = await TestApp.StartAsync(new Dictionary<string, string?> { ["Sandbox:Enabled"] = "false" });
        await app.CreateUserAsync("admin", Core.Accounts.Role.Admin);
        using var http = new HttpClient { BaseAddress = app.Address };

        using var response = await http.GetAsync("sandbox/zadarma/webphone/loader-phone-lib.js");

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
    }
}
