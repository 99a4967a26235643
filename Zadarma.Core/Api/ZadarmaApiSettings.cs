using Refit;

namespace Zadarma.Core.Api;

/// <summary>
/// How Refit reads Zadarma's replies: with Zadarma's JSON rules, and with every failure as a <see cref="ZadarmaException"/>,
/// so that callers never see a Refit or HTTP exception.
/// </summary>
internal static class ZadarmaApiSettings
{
    public static RefitSettings Create() => new()
    {
        ContentSerializer = new SystemTextJsonContentSerializer(ZadarmaJson.Options),
        // The reply handler has already raised every error reply; what reaches Refit is a success.
        ExceptionFactory = _ => ValueTask.FromResult<Exception?>(null),
        DeserializationExceptionFactory = (response, e) =>
            ValueTask.FromResult<Exception?>(new ZadarmaException(ZadarmaErrorKind.InvalidReply, response.StatusCode, e.Message, inner: e)),
        TransportExceptionFactory = (_, e, _) => e switch
        {
            HttpRequestException http => new ZadarmaException(ZadarmaErrorKind.Unreachable, http.StatusCode, inner: http),
            // Ours already (quota, account), or a cancellation the timeout and the caller must see as such.
            _ => e,
        },
    };
}
