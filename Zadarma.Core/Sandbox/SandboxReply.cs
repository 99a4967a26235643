using System.Globalization;
using System.Text.Encodings.Web;
using System.Text.Json;
using Microsoft.AspNetCore.Http;

namespace Zadarma.Core.Sandbox;

/// <summary>A reply in Zadarma's JSON shape, with <c>Retry-After</c> when it refuses for too many requests.</summary>
public sealed class SandboxReply(int status, object body, TimeSpan? retryAfter = null) : IResult
{
    // No naming policy: the anonymous objects already carry Zadarma's snake_case names. Relaxed escaping writes
    // "UTC+3" as Zadarma does, not with an escaped plus; these replies are read by API clients, never shown as HTML.
    private static readonly JsonSerializerOptions Json = new() { Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping };

    public int Status => status;

    public object Body => body;

    public static SandboxReply Error(int status, string message, TimeSpan? retryAfter = null) =>
        new(status, new { status = "error", message }, retryAfter);

    public async Task ExecuteAsync(HttpContext http)
    {
        http.Response.StatusCode = status;
        if (retryAfter is { } wait)
            http.Response.Headers.RetryAfter = Math.Max(1, (int)Math.Ceiling(wait.TotalSeconds)).ToString(CultureInfo.InvariantCulture);
        await http.Response.WriteAsJsonAsync(body, body.GetType(), Json, http.RequestAborted);
    }
}
