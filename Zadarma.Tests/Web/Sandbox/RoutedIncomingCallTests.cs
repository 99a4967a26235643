using Zadarma.Core.Accounts;
using Zadarma.Core.Demo;
using Zadarma.Core.Sandbox;
using Zadarma.Tests.Infrastructure;

namespace Zadarma.Tests.Web.Sandbox;

/// <summary>The sandbox follows the app's reply to NOTIFY_START, as Zadarma does, when it rings an extension.</summary>
public sealed class RoutedIncomingCallTests : IAsyncLifetime
{
    private TestApp _app = default!;

    public async Task InitializeAsync()
    {
        _app = await TestApp.StartAsync();
        await _app.CreateUserAsync("admin", Role.Admin);
        await _app.Get<DemoData>().LoadAsync(userId: null);
    }

    public async Task DisposeAsync() => await _app.DisposeAsync();

    [Fact]
    public async Task A_known_client_rings_the_extension_of_their_manager()
    {
        // Marta Nowak is looked after by Anna Kowalska, on extension 102.
        await _app.Get<SandboxCalls>().SimulateRoutedIncomingAsync("+48 601 234 567", stepDelay: TimeSpan.Zero);

        Assert.Equal(102, Assert.Single(_app.Get<SandboxPbx>().Calls).Extension);
    }

    [Fact]
    public async Task An_unknown_caller_follows_the_pbx_scenario()
    {
        await _app.Get<SandboxCalls>().SimulateRoutedIncomingAsync("+1 555 010 9999", stepDelay: TimeSpan.Zero);

        Assert.Equal(_app.Get<SandboxPbx>().Extensions[0].Number, Assert.Single(_app.Get<SandboxPbx>().Calls).Extension);
    }
}
