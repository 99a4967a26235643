using System.Net;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;

namespace Zadarma.Tests.Web.Webhooks;

public sealed class WebhookRateLimitTests : IAsyncLifetime
{
    private readonly string _dataPath = Path.Combine(Path.GetTempPath(), "zadarma-limit-" + Guid.NewGuid().ToString("N"));
    private WebApplicationFactory<Program> _host = null!;

    public Task InitializeAsync()
    {
        _host = new WebApplicationFactory<Program>().WithWebHostBuilder(b =>
        {
            b.UseSetting("DataPath", _dataPath);
            b.UseSetting("Zadarma:Webhooks:RequestsPerSecond", "3");
        });
        return Task.CompletedTask;
    }

    public async Task DisposeAsync()
    {
        await _host.DisposeAsync();
        Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
        if (System.IO.Directory.Exists(_dataPath))
            System.IO.Directory.Delete(_dataPath, recursive: true);
    }

    [Fact]
    public async Task A_sender_beyond_its_rate_gets_429()
    {
        var client = _host.CreateClient(new WebApplicationFactoryClientOptions { AllowAutoRedirect = false });

        var statuses = new List<HttpStatusCode>();
        for (var i = 0; i < 20; i++)
            statuses.Add((await client.GetAsync($"/exec/Zadarma.notify?zd_echo=t{i}")).StatusCode);

        Assert.Contains(HttpStatusCode.OK, statuses);
        Assert.Contains(HttpStatusCode.TooManyRequests, statuses);
    }
}
