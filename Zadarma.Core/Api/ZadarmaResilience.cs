using System.Net;
using Microsoft.Extensions.Options;
using Polly;
using Polly.Retry;
using Polly.Timeout;

namespace Zadarma.Core.Api;

/// <summary>
/// How patient the client is: every attempt has a timeout; only requests that change nothing are retried, and only
/// on failures that may pass (network, timeout, 502/503/504). A request that changes something (a POST, and the
/// click-to-call GET) is never repeated: it could call a client twice.
/// </summary>
public sealed class ZadarmaResilience(IOptions<ZadarmaApiOptions> options)
{
    public ResiliencePipeline<HttpResponseMessage> Retried { get; } = new ResiliencePipelineBuilder<HttpResponseMessage>()
        .AddRetry(new RetryStrategyOptions<HttpResponseMessage>
        {
            MaxRetryAttempts = options.Value.MaxRetries,
            Delay = options.Value.RetryDelay,
            BackoffType = DelayBackoffType.Exponential,
            UseJitter = true,
            ShouldHandle = new PredicateBuilder<HttpResponseMessage>()
                .Handle<HttpRequestException>()
                .Handle<TimeoutRejectedException>()
                .HandleResult(r => r.StatusCode is HttpStatusCode.BadGateway or HttpStatusCode.ServiceUnavailable or HttpStatusCode.GatewayTimeout),
        })
        .AddTimeout(options.Value.Timeout)
        .Build();

    public ResiliencePipeline<HttpResponseMessage> Once { get; } = new ResiliencePipelineBuilder<HttpResponseMessage>()
        .AddTimeout(options.Value.Timeout)
        .Build();
}
