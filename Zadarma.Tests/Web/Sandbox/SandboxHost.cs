using System.Collections.Concurrent;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Zadarma.Blazor.Endpoints;
using Zadarma.Core.Api;
using Zadarma.Core.Sandbox;
using Zadarma.Tests.Infrastructure;
using Zadarma.Tests.Unit.Api;

namespace Zadarma.Tests.Web.Sandbox;

/// <summary>
/// The sandbox mapped by <see cref="SandboxEndpoints.MapSandboxPbx"/> in a minimal app on a random loopback port, with
/// a stand-in webhook receiver at the app's <c>/exec/Zadarma.notify</c> and at <c>/hooks</c> that answers <c>zd_echo</c>.
/// </summary>
public sealed class SandboxHost : IAsyncDisposable
{
    public const string Key = "sandbox-test-key";
    public const string Secret = "0123456789abcdef0123";

    private readonly WebApplication _app;
    private readonly string _data;

    private SandboxHost(WebApplication app, string data, ConcurrentQueue<ReceivedWebhook> webhooks)
    {
        _app = app;
        _data = data;
        Webhooks = webhooks;
        Address = new Uri(app.Urls.Single().TrimEnd('/') + "/");
    }

    /// <summary>The app's base address, e.g. <c>http://127.0.0.1:41234/</c>.</summary>
    public Uri Address { get; }

    public Uri ApiBase => new(Address, "sandbox/zadarma");

    public ConcurrentQueue<ReceivedWebhook> Webhooks { get; }

    public SandboxPbx Pbx => _app.Services.GetRequiredService<SandboxPbx>();

    public SandboxCalls Calls => _app.Services.GetRequiredService<SandboxCalls>();

    /// <param name="clock">The sandbox's clock; the system's when absent.</param>
    /// <param name="settings">Sandbox settings over the defaults here, e.g. <c>Sandbox:StepDelay</c>.</param>
    public static async Task<SandboxHost> StartAsync(bool enabled = true, TimeProvider? clock = null, IReadOnlyDictionary<string, string?>? settings = null)
    {
        var data = TempFolder.Create("sandbox-web");
        var builder = WebApplication.CreateBuilder(new WebApplicationOptions { EnvironmentName = "Development" });
        builder.Logging.ClearProviders();
        builder.WebHost.UseUrls("http://127.0.0.1:0");
        builder.Configuration.AddInMemoryCollection(new Dictionary<string, string?>
        {
            ["Sandbox:Enabled"] = enabled ? "true" : "false",
            ["Sandbox:Key"] = Key,
            ["Sandbox:Secret"] = Secret,
            ["Sandbox:StepDelay"] = "00:00:00",
        });
        if (settings is not null)
            builder.Configuration.AddInMemoryCollection(settings);
        if (clock is not null)
            builder.Services.AddKeyedSingleton(SandboxRegistration.ClockKey, clock);
        builder.Services.AddSandboxPbx(builder.Configuration, data);
        var app = builder.Build();
        app.MapSandboxPbx();
        var webhooks = new ConcurrentQueue<ReceivedWebhook>();
        app.MapMethods("/exec/Zadarma.notify", [HttpMethods.Get, HttpMethods.Post], (HttpContext http) => ReceiveAsync(http, webhooks));
        app.MapMethods("/hooks", [HttpMethods.Get, HttpMethods.Post], (HttpContext http) => ReceiveAsync(http, webhooks));
        await app.StartAsync();
        return new SandboxHost(app, data, webhooks);
    }

    /// <summary>A typed client as the app builds it, pointed at this sandbox.</summary>
    public ZadarmaClient Client(string secret = Secret, ZadarmaApiOptions? options = null)
    {
        return TestZadarma.Client(network: null, new FixedAccount(new ZadarmaCredentials(ApiBase, Key, secret)), options);
    }

    /// <summary>Waits until <paramref name="count"/> webhooks have arrived; fails after a few seconds.</summary>
    public async Task<IReadOnlyList<ReceivedWebhook>> WaitForWebhooksAsync(int count)
    {
        await Eventually.HoldsAsync(() => Webhooks.Count >= count, $"{count} webhooks received", TimeSpan.FromSeconds(5));
        Assert.Equal(count, Webhooks.Count);
        return [.. Webhooks];
    }

    public async ValueTask DisposeAsync()
    {
        await _app.StopAsync();
        await _app.DisposeAsync();
        TempFolder.Delete(_data);
    }

    private static async Task ReceiveAsync(HttpContext http, ConcurrentQueue<ReceivedWebhook> webhooks)
    {
        if (http.Request.Query["zd_echo"] is [{ } token])
        {
            await http.Response.WriteAsync(token);
            return;
        }
        var form = await http.Request.ReadFormAsync();
        webhooks.Enqueue(new ReceivedWebhook(
            http.Request.Path,
            form.ToDictionary(f => f.Key, f => f.Value.ToString()),
            http.Request.Headers["Signature"].ToString()));
    }
}
