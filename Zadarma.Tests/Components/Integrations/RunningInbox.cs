using Bunit;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging.Abstractions;
using Zadarma.Core.Calls;
using Zadarma.Core.Routing;
using Zadarma.Core.Webhooks;
using Zadarma.Tests.Infrastructure;

namespace Zadarma.Tests.Components.Integrations;

/// <summary>The webhook inbox and the routing index it reads, running until the test's services are disposed.</summary>
public sealed class RunningInbox : IAsyncDisposable
{
    private readonly RoutingDirectory _routing;

    private RunningInbox(TestDatabase db)
    {
        _routing = new RoutingDirectory(db.Factory, db.Clients, db.Employees, db.Extensions, db.Settings, NullLogger<RoutingDirectory>.Instance);
        Inbox = new WebhookInbox(db.Factory, db.Settings, new Callers(_routing, db.Directory), new CallEvents(), TimeProvider.System,
            NullLogger<WebhookInbox>.Instance, _routing);
    }

    public WebhookInbox Inbox { get; }

    /// <summary>Registers the inbox and starts it; the services must be complete, since this resolves them.</summary>
    public static async Task AddAsync(BunitServiceProvider services, TestDatabase db)
    {
        services.AddSingleton(_ => new RunningInbox(db));
        services.AddSingleton(sp => sp.GetRequiredService<RunningInbox>().Inbox);
        var running = services.GetRequiredService<RunningInbox>();
        await running.StartAsync();
    }

    private async Task StartAsync()
    {
        await _routing.StartAsync(CancellationToken.None);
        await Inbox.StartAsync(CancellationToken.None);
    }

    public async ValueTask DisposeAsync()
    {
        await Inbox.StopAsync(CancellationToken.None);
        await _routing.StopAsync(CancellationToken.None);
    }
}
