using Serilog;
using Serilog.Settings.Configuration;

namespace Zadarma.Blazor.Hosting;

/// <summary>
/// Serilog as configured under <c>Serilog</c> in the app settings (levels, the console), plus a daily rolling file in
/// the data folder, whose place only the app knows.
/// </summary>
public static class AppLogging
{
    // Named rather than discovered, so the reader finds the console sink in any host, the test host included.
    private static readonly ConfigurationReaderOptions Sinks = new(typeof(ConsoleLoggerConfigurationExtensions).Assembly);

    /// <remarks>
    /// The static <see cref="Log.Logger"/> is left alone: one process may hold several apps (a host CRM, the tests), and
    /// each logs to its own data folder.
    /// </remarks>
    public static IServiceCollection AddAppLogging(this IServiceCollection services, IConfiguration configuration, DataPath dataPath) =>
        services.AddSerilog(
            logger => logger
                .ReadFrom.Configuration(configuration, Sinks)
                .Enrich.FromLogContext()
                .WriteTo.File(dataPath.Combine("logs", "zadarma-.log"), rollingInterval: RollingInterval.Day, retainedFileCountLimit: 14),
            preserveStaticLogger: true);
}
