using System.Net;
using Microsoft.AspNetCore.DataProtection;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;
using Zadarma.Core.Api;
using Zadarma.Core.Demo;
using Zadarma.Core.Pbx;
using Zadarma.Core.Sandbox;
using Zadarma.Core.Settings;
using Zadarma.Core.Webhooks;
using Zadarma.Tests.Infrastructure;
using Zadarma.Tests.Unit.Api;

namespace Zadarma.Tests.Components.Integrations;

/// <summary>
/// The Zadarma account as the app wires it (the saved settings, the sandbox, the API client), with Zadarma's answers
/// scripted by the test instead of sent over the network.
/// </summary>
public static class ZadarmaServices
{
    public const string SandboxKey = "sandbox-key-0123456789";
    public const string SandboxSecret = "sandbox-secret-0123456789";

    public static void Add(IServiceCollection services, TestDatabase database, ScriptedNetwork network, bool sandboxEnabled = true)
    {
        var configuration = new ConfigurationBuilder().AddInMemoryCollection(new Dictionary<string, string?>
        {
            ["Sandbox:Enabled"] = sandboxEnabled ? "true" : "false",
            ["Sandbox:Key"] = SandboxKey,
            ["Sandbox:Secret"] = SandboxSecret,
            ["Sandbox:AppUrl"] = "http://127.0.0.1:5000/",
        }).Build();
        services.AddDataProtection().UseEphemeralDataProtectionProvider();
        services.AddSandboxPbx(configuration, database.Folder);
        services.AddSingleton(Options.Create(new ZadarmaApiOptions { RetryDelay = TimeSpan.Zero }));
        services.AddZadarmaApi().ConfigurePrimaryHttpMessageHandler(() => network);
        services.AddSingleton<ZadarmaConnection>();
        services.AddSingleton<IZadarmaAccount>(sp => sp.GetRequiredService<ZadarmaConnection>());
        services.AddSingleton<IWebhookSecret>(sp => sp.GetRequiredService<ZadarmaConnection>());
        services.AddTransient<ConnectionTest>();
        services.AddTransient<PbxFetch>();
        services.AddTransient<DemoData>();
    }
}

/// <summary>Answers Zadarma's API with what the test says next, and keeps the paths asked for.</summary>
public sealed class ScriptedNetwork : HttpMessageHandler
{
    private readonly Queue<Func<HttpResponseMessage>> _replies = new();

    public List<string> Asked { get; } = [];

    /// <summary>When set, answers wait for it: the test sees the page while Zadarma is still thinking.</summary>
    public Task? Hold { get; set; }

    public void Reply(HttpStatusCode status, string json, TimeSpan? retryAfter = null) => _replies.Enqueue(() =>
    {
        var response = new HttpResponseMessage(status) { Content = new StringContent(json, System.Text.Encoding.UTF8, "application/json") };
        if (retryAfter is { } wait)
            response.Headers.RetryAfter = new System.Net.Http.Headers.RetryConditionHeaderValue(wait);
        return response;
    });

    public void Balance(decimal amount, string currency) =>
        Reply(HttpStatusCode.OK, $$"""{"status":"success","balance":{{amount.ToString(System.Globalization.CultureInfo.InvariantCulture)}},"currency":"{{currency}}"}""");

    /// <summary>"Get PBX" in the order the app asks: the extensions, each one's name, then the account's time zone.</summary>
    public void Pbx(long pbxId, params (int Number, string Name)[] extensions)
    {
        Reply(HttpStatusCode.OK, $$"""{"status":"success","pbx_id":{{pbxId}},"numbers":[{{string.Join(",", extensions.Select(e => e.Number))}}]}""");
        foreach (var (number, name) in extensions)
            Reply(HttpStatusCode.OK, $$"""{"status":"success","is_active":"true","number":{{number}},"name":"{{name}}"}""");
        Reply(HttpStatusCode.OK, """{"status":"success","unixtime":1705312800,"datetime":"2024-01-15 13:00:00","timezone":"UTC+3"}""");
    }

    protected override async Task<HttpResponseMessage> SendAsync(HttpRequestMessage request, CancellationToken cancellationToken)
    {
        Asked.Add(request.RequestUri!.AbsolutePath);
        if (Hold is { } hold)
            await hold.WaitAsync(cancellationToken);
        if (!_replies.TryDequeue(out var reply))
            throw new InvalidOperationException($"Nothing scripted for {request.RequestUri.AbsolutePath}");
        return reply();
    }
}
