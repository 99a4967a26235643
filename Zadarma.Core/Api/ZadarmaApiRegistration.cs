using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Options;
using Refit;
using Zadarma.Core.Settings;

namespace Zadarma.Core.Api;

public static class ZadarmaApiRegistration
{
    /// <summary>
    /// <see cref="ZadarmaClient"/> over the Refit client <see cref="IZadarmaApi"/>, its handlers and its shared quotas.
    /// The app registers its own <see cref="IZadarmaAccount"/>. Returns the HTTP client's builder, where tests put a
    /// stand-in for the network.
    /// </summary>
    public static IHttpClientBuilder AddZadarmaApi(this IServiceCollection services, Action<ZadarmaApiOptions>? configure = null)
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
        services.TryAddTransient<ZadarmaClient>();
        services.TryAddTransient<ZadarmaReplyHandler>();
        services.TryAddTransient<ZadarmaQuotaHandler>();
        services.TryAddTransient<ZadarmaSigningHandler>();

        return services.AddRefitGeneratedClient<IZadarmaApi>(ZadarmaApiSettings.Create())
            .ConfigureHttpClient(client =>
            {
                // Refit needs a base; the signing handler moves every request to the account's own address.
                client.BaseAddress = new Uri(AppSettings.DefaultZadarmaUrl);
                // The per-attempt timeout of ZadarmaResilience governs; HttpClient's own 100 s would only cut retries short.
                client.Timeout = Timeout.InfiniteTimeSpan;
            })
            // Outermost first: the reply is checked after the quota saw a 429, and the quota counts before signing.
            .AddHttpMessageHandler<ZadarmaReplyHandler>()
            .AddHttpMessageHandler<ZadarmaQuotaHandler>()
            .AddHttpMessageHandler<ZadarmaSigningHandler>()
            .RedactLoggedHeaders(["Authorization"]);
    }
}
