using System.Net;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.AspNetCore.TestHost;
using Microsoft.Extensions.DependencyInjection;
using Zadarma.Core.Webhooks;
using static Zadarma.Tests.Unit.Webhooks.Notifications;

namespace Zadarma.Tests.Web.Webhooks;

public sealed class CallRoutingReplyTests : IClassFixture<WebhookEndpointTests.App>, IAsyncLifetime
{
    private readonly WebhookEndpointTests.App _app;
    private readonly List<(WebApplicationFactory<Program> Host, string DataPath)> _hosts = [];

    public CallRoutingReplyTests(WebhookEndpointTests.App app) => _app = app;

    [Fact]
    public async Task NOTIFY_START_gets_the_routing_decision_as_its_reply()
    {
        var client = ClientWith(new FixedRouting(new RoutingReply { Redirect = "101", ReturnTimeout = 20 }, TimeSpan.Zero));

        var start = await PostAsync(client, Start("in_route_1", "79991234567"));
        var answer = await PostAsync(client, Answer("in_route_1", "79991234567", "101"));

        Assert.Equal(HttpStatusCode.OK, start.StatusCode);
        Assert.Equal("application/json", start.Content.Headers.ContentType?.MediaType);
        Assert.Equal("""{"redirect":"101","return_timeout":20}""", await start.Content.ReadAsStringAsync());
        Assert.Equal("", await answer.Content.ReadAsStringAsync());
    }

    [Fact]
    public async Task A_slow_decision_leaves_the_call_to_the_PBX_scenario()
    {
        var client = ClientWith(new FixedRouting(new RoutingReply { Hangup = 1 }, TimeSpan.FromSeconds(5)), timeoutMs: 100);

        var start = await PostAsync(client, Start("in_route_slow", "79991234567"));

        Assert.Equal(HttpStatusCode.OK, start.StatusCode);
        Assert.Equal("", await start.Content.ReadAsStringAsync());
    }

    public Task InitializeAsync() => Task.CompletedTask;

    public async Task DisposeAsync()
    {
        foreach (var (host, dataPath) in _hosts)
        {
            await host.DisposeAsync();
            Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
            System.IO.Directory.Delete(dataPath, recursive: true);
        }
    }

    /// <summary>A host of its own (own data folder, so a single writer per database) with this routing.</summary>
    private HttpClient ClientWith(ICallRouting routing, int timeoutMs = 1500)
    {
        var dataPath = Path.Combine(Path.GetTempPath(), "zadarma-route-" + Guid.NewGuid().ToString("N"));
        var host = _app.WithWebHostBuilder(b =>
        {
            b.UseSetting("DataPath", dataPath);
            b.UseSetting("Zadarma:Webhooks:RoutingTimeoutMs", timeoutMs.ToString());
            b.ConfigureTestServices(s => s.AddSingleton(routing));
        });
        _hosts.Add((host, dataPath));
        return host.CreateClient(new WebApplicationFactoryClientOptions { AllowAutoRedirect = false });
    }

    private static Task<HttpResponseMessage> PostAsync(HttpClient client, List<KeyValuePair<string, string>> fields) =>
        client.SendAsync(Post(fields));

    private sealed class FixedRouting(RoutingReply reply, TimeSpan delay) : ICallRouting
    {
        public async ValueTask<RoutingReply?> DecideAsync(WebhookEvent webhook, CancellationToken ct)
        {
            await Task.Delay(delay, ct);
            return reply;
        }
    }
}
