using Serilog;
using Serilog.Events;
using Zadarma.Blazor.Endpoints;

namespace Zadarma.Blazor.Hosting;

/// <summary>
/// One structured line per request, by Serilog's request logging. Its path leaves the query string out, which can
/// carry signatures and keys.
/// </summary>
public static class RequestLogging
{
    public static IApplicationBuilder UseRequestLogging(this IApplicationBuilder app) =>
        app.UseSerilogRequestLogging(o =>
        {
            // The app's own logger: the static one is left alone (see AppLogging).
            o.Logger = app.ApplicationServices.GetRequiredService<Serilog.ILogger>();
            o.MessageTemplate = "HTTP {RequestMethod} {RequestPath} responded {StatusCode} in {Elapsed:0.0} ms";
            o.GetLevel = LevelOf;
        });

    /// <summary>
    /// The PBX posts thousands of accepted notifications a second and a console line costs more than storing one,
    /// so those go to Debug; refused ones stay visible.
    /// </summary>
    internal static LogEventLevel LevelOf(HttpContext context, double elapsedMs, Exception? error)
    {
        var status = context.Response.StatusCode;
        if (error is not null || status >= 500)
            return LogEventLevel.Error;
        if (!context.Request.Path.StartsWithSegments(WebhookEndpoints.Path))
            return LogEventLevel.Information;
        return status >= 400 ? LogEventLevel.Warning : LogEventLevel.Debug;
    }
}
