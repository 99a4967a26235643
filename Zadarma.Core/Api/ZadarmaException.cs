using System.Net;

namespace Zadarma.Core.Api;

/// <summary>Any failed Zadarma call. The UI words it from <see cref="Kind"/>; the message is for logs.</summary>
public sealed class ZadarmaException(
    ZadarmaErrorKind kind,
    HttpStatusCode? status = null,
    string? zadarmaMessage = null,
    TimeSpan? retryAfter = null,
    Exception? inner = null)
    : Exception(Describe(kind, status, zadarmaMessage), inner)
{
    public ZadarmaErrorKind Kind { get; } = kind;

    /// <summary>The HTTP status, when a reply came at all.</summary>
    public HttpStatusCode? Status { get; } = status;

    /// <summary>The <c>message</c> of Zadarma's error reply, as sent.</summary>
    public string? ZadarmaMessage { get; } = zadarmaMessage;

    /// <summary>How long to wait before calling again, when known.</summary>
    public TimeSpan? RetryAfter { get; } = retryAfter;

    private static string Describe(ZadarmaErrorKind kind, HttpStatusCode? status, string? message) =>
        $"Zadarma API call failed: {kind}" + (status is { } s ? $" (HTTP {(int)s})" : "") + (message is null ? "" : $": {message}");
}
