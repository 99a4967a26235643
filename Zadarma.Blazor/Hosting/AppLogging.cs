using Serilog;
using Serilog.Events;

namespace Zadarma.Blazor.Hosting;

/// <summary>Serilog to the console and a daily rolling file in the data folder.</summary>
public static class AppLogging
{
    /// <summary>
    /// Levels come from <c>Serilog:MinimumLevel:Default</c> and <c>Serilog:MinimumLevel:Override:*</c>. They are read
    /// here rather than by Serilog's configuration reader, which fails on the empty parent values that host settings add.
    /// </summary>
    public static Serilog.Core.Logger Create(IConfiguration configuration, DataPath dataPath)
    {
        var levels = configuration.GetSection("Serilog:MinimumLevel");
        var logger = new LoggerConfiguration()
            .MinimumLevel.Is(Level(levels["Default"], LogEventLevel.Information))
            .Enrich.FromLogContext()
            .WriteTo.Console(outputTemplate: "[{Timestamp:HH:mm:ss} {Level:u3}] {SourceContext}: {Message:lj}{NewLine}{Exception}")
            .WriteTo.File(dataPath.Combine("logs", "zadarma-.log"), rollingInterval: RollingInterval.Day, retainedFileCountLimit: 14);
        foreach (var source in levels.GetSection("Override").GetChildren())
            logger.MinimumLevel.Override(source.Key, Level(source.Value, LogEventLevel.Information));
        return logger.CreateLogger();
    }

    private static LogEventLevel Level(string? value, LogEventLevel fallback) =>
        Enum.TryParse<LogEventLevel>(value, ignoreCase: true, out var level) ? level : fallback;
}
