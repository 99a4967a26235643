using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;
using Zadarma.Core.Api;

namespace Zadarma.Tests.Unit.Api;

/// <summary>The Zadarma client as the app registers it (Refit client, handlers, quotas), over a stand-in network.</summary>
public static class TestZadarma
{
    /// <param name="network">Answers in place of the network; the real one when null.</param>
    /// <param name="limits">Shared quotas, e.g. on a test clock; fresh ones from <paramref name="options"/> when null.</param>
    public static IServiceProvider Services(HttpMessageHandler? network, IZadarmaAccount account, ZadarmaApiOptions? options = null, ZadarmaRateLimits? limits = null)
    {
        var services = new ServiceCollection();
        services.AddSingleton(account);
        services.AddSingleton(Options.Create(options ?? new ZadarmaApiOptions { RetryDelay = TimeSpan.Zero }));
        if (limits is not null)
            services.AddSingleton(limits);
        var http = services.AddZadarmaApi();
        if (network is not null)
            http.ConfigurePrimaryHttpMessageHandler(() => network);
        return services.BuildServiceProvider(new ServiceProviderOptions { ValidateOnBuild = true, ValidateScopes = true });
    }

    public static ZadarmaClient Client(HttpMessageHandler? network, IZadarmaAccount account, ZadarmaApiOptions? options = null, ZadarmaRateLimits? limits = null) =>
        Services(network, account, options, limits).GetRequiredService<ZadarmaClient>();
}
