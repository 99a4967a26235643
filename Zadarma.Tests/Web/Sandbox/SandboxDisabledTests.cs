using System.Net;

namespace Zadarma.Tests.Web.Sandbox;

public sealed class SandboxDisabledTests
{
    [Fact]
    public async Task Nothing_is_mapped_when_the_sandbox_is_disabled()
    {
        await using var host = await SandboxHost.StartAsync(enabled: false);
        using var http = new HttpClient();

        using var api = await http.GetAsync(new Uri(host.Address, "sandbox/zadarma/v1/info/balance/?format=json"));
        var body = await api.Content.ReadAsStringAsync();

        Assert.Equal(HttpStatusCode.NotFound, api.StatusCode);
        Assert.DoesNotContain("status", body);
    }
}
