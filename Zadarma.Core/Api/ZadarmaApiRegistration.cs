using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Options;

namespace Zadarma.Core.Api;

public static class ZadarmaApiRegistration
{
    /// <summary>
    /// The typed <see cref="ZadarmaClient"/> and its shared quotas. The app registers its own <see cref="IZadarmaAccount"/>.
    /// </summary>
    public static IServiceCollection AddZadarmaApi(this IServiceCollection services, Action<ZadarmaApiOptions>? configure = null)
    {
        services.AddOptions<ZadarmaApiOptions>();
        if (configure is not null)
            services.Configure(configure);
        services.TryAddSingleton(TimeProvider.System);
        services.TryAddSingleton(sp =>
        {
            var options = sp.GetRequiredService<IOptions<ZadarmaApiOptions>>().Value;
            return new ZadarmaRateLimits(options.RequestsPerMinute, options.StatisticsPerMinute, sp.GetRequiredService<TimeProvider>());
        });
        services.TryAddSingleton<ZadarmaResilience>();
        // The per-attempt timeout of ZadarmaResilience governs; HttpClient's own 100 s would only cut retries short.
        services.AddHttpClient<ZadarmaClient>(client => client.Timeout = Timeout.InfiniteTimeSpan)
            .RedactLoggedHeaders(["Authorization"]);
        return services;
    }
}
