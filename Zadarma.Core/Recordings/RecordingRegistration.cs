using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;

namespace Zadarma.Core.Recordings;

public static class RecordingRegistration
{
    /// <summary>Recordings, configured from the <c>Recordings</c> section; local copies live under <paramref name="dataPath"/>/recordings.</summary>
    public static IServiceCollection AddRecordings(this IServiceCollection services, IConfiguration configuration, string dataPath)
    {
        services.AddOptions<RecordingOptions>()
            .Bind(configuration.GetSection(RecordingOptions.Section))
            .Configure(o => o.Folder = Path.Combine(dataPath, "recordings"));
        services.TryAddSingleton(TimeProvider.System);
        services.AddSingleton<RecordingAccess>();
        services.AddSingleton<RecordingLinkCache>();
        services.AddSingleton<RecordingCopies>();
        services.AddSingleton<RecordingAuditLog>();
        services.AddSingleton<RecordingFailures>();
        services.AddSingleton<ContinuedPlays>();
        // Transient like the ZadarmaClient it uses; the state worth keeping lives in the singletons above.
        services.AddTransient<CallRecordings>();
        // The per-download timeout of RecordingCopies governs; HttpClient's own 100 s would cut a large file short.
        // Recording links are bearer URLs: the client's request logging would write them out whole.
        services.AddHttpClient(RecordingCopies.HttpClientName, client => client.Timeout = Timeout.InfiniteTimeSpan)
            .RemoveAllLoggers();
        return services;
    }
}
