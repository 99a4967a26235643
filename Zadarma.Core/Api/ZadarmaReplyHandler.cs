using System.Net;
using System.Text.Json;

namespace Zadarma.Core.Api;

/// <summary>
/// Reads Zadarma's reply whole and turns its error shape (<c>"status":"error"</c>, or HTTP 400 and up) and anything
/// that is not a JSON object into a <see cref="ZadarmaException"/>; what passes is a success for Refit to read.
/// </summary>
/// <remarks>
/// Refit reads the body after the headers, without the attempt's token; reading it here keeps a reply that stalls
/// half-way inside the attempt's timeout, as a server that never answers is.
/// </remarks>
internal sealed class ZadarmaReplyHandler : DelegatingHandler
{
    protected override async Task<HttpResponseMessage> SendAsync(HttpRequestMessage request, CancellationToken cancellationToken)
    {
        var response = await base.SendAsync(request, cancellationToken);
        try
        {
            // A connection that breaks here throws HttpRequestException: unreachable, like no answer at all.
            await response.Content.LoadIntoBufferAsync(cancellationToken);
            if (await FailureOfAsync(response, cancellationToken) is { } failure)
                throw failure;
            return response;
        }
        catch
        {
            response.Dispose();
            throw;
        }
    }

    /// <summary>The failure a buffered reply reports, or null when it is a success in Zadarma's shape.</summary>
    private static async Task<ZadarmaException?> FailureOfAsync(HttpResponseMessage response, CancellationToken ct)
    {
        var json = await TryReadJsonAsync(response, ct);
        var status = response.StatusCode;
        if ((int)status >= 400 || (json is { } reply && Text(reply, "status") == "error"))
            return new ZadarmaException(KindOf(status), status, json is { } error ? Text(error, "message") : null, RetryAfter(response));
        return json is { ValueKind: JsonValueKind.Object }
            ? null
            : new ZadarmaException(ZadarmaErrorKind.InvalidReply, status, "The reply is not a JSON object.");
    }

    internal static TimeSpan? RetryAfter(HttpResponseMessage response) => response.Headers.RetryAfter switch
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
            // As text, not through ReadFromJson: that closes the content's one read stream, which Refit reads after.
            return JsonSerializer.Deserialize<JsonElement>(await response.Content.ReadAsStringAsync(ct));
        }
        catch (JsonException)
        {
            return null;
        }
    }

    private static string? Text(JsonElement reply, string name) =>
        reply.ValueKind == JsonValueKind.Object && reply.TryGetProperty(name, out var value) && value.ValueKind == JsonValueKind.String
            ? value.GetString()
            : null;
}
