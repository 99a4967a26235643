using System.Net;

namespace Zadarma.Core.Api;

/// <summary>
/// Takes a permit of the account's quotas for every attempt, retries included, and refuses at once, without sending,
/// when none is free; after Zadarma's 429 nothing is sent until its Retry-After has passed.
/// </summary>
internal sealed class ZadarmaQuotaHandler(ZadarmaRateLimits limits) : DelegatingHandler
{
    protected override async Task<HttpResponseMessage> SendAsync(HttpRequestMessage request, CancellationToken cancellationToken)
    {
        // Runs before signing, so the address still carries Zadarma's method path alone.
        var statistics = request.RequestUri?.AbsolutePath.StartsWith("/v1/statistics/", StringComparison.Ordinal) == true;
        if (!limits.TryAcquire(statistics, out var wait))
            throw new ZadarmaException(ZadarmaErrorKind.RateLimited, retryAfter: wait);

        var response = await base.SendAsync(request, cancellationToken);
        if (response.StatusCode == HttpStatusCode.TooManyRequests)
            limits.PauseFor(ZadarmaReplyHandler.RetryAfter(response) ?? TimeSpan.FromMinutes(1));
        return response;
    }
}
