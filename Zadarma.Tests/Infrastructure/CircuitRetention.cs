using Microsoft.AspNetCore.Components.Server;
using Microsoft.Extensions.DependencyInjection;

namespace Zadarma.Tests.Infrastructure;

/// <summary>
/// A closed tab normally tells the server to end its circuit at once. When that message is lost (the browser drops it
/// as the tab goes), Blazor keeps the circuit for a reconnect, three minutes by default. Tests that wait for every
/// circuit to end shorten that wait, so they check what ends with a circuit and not how long Blazor waits for it.
/// </summary>
public static class CircuitRetention
{
    public static readonly TimeSpan Short = TimeSpan.FromSeconds(2);

    public static IServiceCollection EndDisconnectedCircuitsSoon(this IServiceCollection services) =>
        services.Configure<CircuitOptions>(o => o.DisconnectedCircuitRetentionPeriod = Short);
}
