using System.Net;
using System.Net.Http.Json;
using System.Text.Json;

namespace Zadarma.Core.Api;

/// <summary>Turns an HTTP reply into a typed result or a <see cref="ZadarmaException"/>.</summary>
internal static class ZadarmaReply
{
    public static async Task<T> ReadAsync<T>(HttpResponseMessage response, CancellationToken ct)
    {
        var json = await TryReadJsonAsync(response, ct);
        var status = response.StatusCode;
        var failed = (int)status >= 400 || (json is { } reply && Text(reply, "status") == "error");
        if (failed)
            throw new ZadarmaException(KindOf(status), status, json is { } error ? Text(error, "message") : null, RetryAfter(response));
        if (json is not { ValueKind: JsonValueKind.Object } body)
            throw new ZadarmaException(ZadarmaErrorKind.InvalidReply, status, "The reply is not a JSON object.");
        try
        {
            return body.Deserialize<T>(ZadarmaJson.Options)
                ?? throw new ZadarmaException(ZadarmaErrorKind.InvalidReply, status, "The reply is empty.");
        }
        catch (JsonException e)
        {
            throw new ZadarmaException(ZadarmaErrorKind.InvalidReply, status, e.Message, inner: e);
        }
    }

    public static TimeSpan? RetryAfter(HttpResponseMessage response) => response.Headers.RetryAfter switch
    {
        { Delta: { } delta } => delta,
        { Date: { } date } => date - DateTimeOffset.UtcNow is var wait && wait > TimeSpan.Zero ? wait : TimeSpan.Zero,
        _ => null,
    };

    private static ZadarmaErrorKind KindOf(HttpStatusCode status) => (int)status switch
    {
        401 or 403 => ZadarmaErrorKind.Unauthorized,
        429 => ZadarmaErrorKind.RateLimited,
        >= 500 => ZadarmaErrorKind.Unreachable,
        _ => ZadarmaErrorKind.Rejected,
    };

    private static async Task<JsonElement?> TryReadJsonAsync(HttpResponseMessage response, CancellationToken ct)
    {
        try
        {
            return await response.Content.ReadFromJsonAsync<JsonElement>(ct);
        }
        catch (JsonException)
        {
            return null;
        }
        catch (Exception e) when (e is IOException or HttpRequestException)
        {
            // The connection broke while the body was arriving: as unreachable as no answer at all.
            throw new ZadarmaException(ZadarmaErrorKind.Unreachable, response.StatusCode, inner: e);
        }
    }

    private static string? Text(JsonElement reply, string name) =>
        reply.ValueKind == JsonValueKind.Object && reply.TryGetProperty(name, out var value) && value.ValueKind == JsonValueKind.String
            ? value.GetString()
            : null;
}
