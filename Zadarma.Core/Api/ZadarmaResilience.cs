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
    public ResiliencePipeline Retried { get; } = new ResiliencePipelineBuilder()
        .AddRetry(new RetryStrategyOptions
        {
            MaxRetryAttempts = options.Value.MaxRetries,
            Delay = options.Value.RetryDelay,
            BackoffType = DelayBackoffType.Exponential,
            UseJitter = true,
            ShouldHandle = new PredicateBuilder()
                .Handle<ZadarmaException>(MayPass)
                .Handle<TimeoutRejectedException>(),
        })
        .AddTimeout(options.Value.Timeout)
        .Build();

    public ResiliencePipeline Once { get; } = new ResiliencePipelineBuilder()
        .AddTimeout(options.Value.Timeout)
        .Build();

    /// <summary>No answer (status null: the network failed) or a gateway's; a 500 is Zadarma's own and stays.</summary>
    private static bool MayPass(ZadarmaException e) =>
        e.Kind == ZadarmaErrorKind.Unreachable
        && e.Status is null or HttpStatusCode.BadGateway or HttpStatusCode.ServiceUnavailable or HttpStatusCode.GatewayTimeout;
}
