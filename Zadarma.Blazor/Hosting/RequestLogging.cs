using System.Diagnostics;
using Zadarma.Blazor.Endpoints;

namespace Zadarma.Blazor.Hosting;

/// <summary>
/// One structured line per request (method, path, status, time), as Serilog's own request logging writes it;
/// query strings and headers are left out because they can carry signatures and keys.
/// </summary>
public sealed class RequestLogging(RequestDelegate next, ILogger<RequestLogging> logger)
{
    public async Task InvokeAsync(HttpContext context)
    {
        var started = Stopwatch.GetTimestamp();
        try
        {
            await next(context);
        }
        finally
        {
            var level = LevelOf(context);
            if (logger.IsEnabled(level))
            {
                var elapsed = Stopwatch.GetElapsedTime(started).TotalMilliseconds;
                logger.Log(level, "HTTP {Method} {Path} responded {StatusCode} in {Elapsed:0.0} ms",
                    context.Request.Method, context.Request.Path.Value, context.Response.StatusCode, elapsed);
            }
        }
    }

    /// <summary>
    /// The PBX posts thousands of accepted notifications a second and a console line costs more than storing one,
    /// so those go to Debug; refused ones stay visible.
    /// </summary>
    private static LogLevel LevelOf(HttpContext context)
    {
        var status = context.Response.StatusCode;
        if (status >= 500)
            return LogLevel.Error;
        if (!context.Request.Path.StartsWithSegments(WebhookEndpoints.Path))
            return LogLevel.Information;
        return status >= 400 ? LogLevel.Warning : LogLevel.Debug;
    }
}
