using System.Diagnostics;

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
            var elapsed = Stopwatch.GetElapsedTime(started).TotalMilliseconds;
            var level = context.Response.StatusCode >= 500 ? LogLevel.Error : LogLevel.Information;
            logger.Log(level, "HTTP {Method} {Path} responded {StatusCode} in {Elapsed:0.0} ms",
                context.Request.Method, context.Request.Path.Value, context.Response.StatusCode, elapsed);
        }
    }
}
