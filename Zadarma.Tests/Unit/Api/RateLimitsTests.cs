using System.Net;
using Zadarma.Core.Api;
using Zadarma.Tests.Infrastructure;

namespace Zadarma.Tests.Unit.Api;

/// <summary>The quotas as a sliding window on a clock the test moves: never more than the quota in any 60 seconds.</summary>
public sealed class RateLimitsTests
{
    private readonly TestClock _clock = new(new DateTimeOffset(2026, 11, 22, 9, 0, 0, TimeSpan.Zero));

    [Fact]
    public void No_sixty_seconds_hold_more_than_a_hundred_requests()
    {
        var limits = new ZadarmaRateLimits(100, 3, _clock);

        Assert.Equal(50, Take(limits, 50));
        _clock.Advance(TimeSpan.FromSeconds(30));
        Assert.Equal(50, Take(limits, 100));

        // A fixed window would hand out a fresh hundred at the turn of the minute: 150 within [30 s, 90 s).
        _clock.Advance(TimeSpan.FromSeconds(29.9));
        Assert.Equal(0, Take(limits, 100));
        _clock.Advance(TimeSpan.FromSeconds(0.1));
        Assert.Equal(50, Take(limits, 100));
        _clock.Advance(TimeSpan.FromSeconds(29.9));
        Assert.Equal(0, Take(limits, 100));
        _clock.Advance(TimeSpan.FromSeconds(0.1));
        Assert.Equal(50, Take(limits, 100));
    }

    [Fact]
    public void A_refusal_says_when_the_oldest_permit_comes_back()
    {
        var limits = new ZadarmaRateLimits(2, 3, _clock);
        Assert.True(limits.TryAcquire(statistics: false, out _));
        _clock.Advance(TimeSpan.FromSeconds(20));
        Assert.True(limits.TryAcquire(statistics: false, out _));
        _clock.Advance(TimeSpan.FromSeconds(5));

        Assert.False(limits.TryAcquire(statistics: false, out var retryAfter));

        Assert.Equal(TimeSpan.FromSeconds(35), retryAfter);
    }

    [Fact]
    public void Statistics_allow_three_in_any_sixty_seconds_and_a_refusal_spends_no_permit()
    {
        var limits = new ZadarmaRateLimits(100, 3, _clock);

        Assert.Equal(3, Take(limits, 10, statistics: true));
        Assert.False(limits.TryAcquire(statistics: true, out var retryAfter));
        Assert.Equal(TimeSpan.FromMinutes(1), retryAfter);
        Assert.Equal(97, Take(limits, 200));

        _clock.Advance(TimeSpan.FromSeconds(59));
        Assert.Equal(0, Take(limits, 10, statistics: true));
        _clock.Advance(TimeSpan.FromSeconds(1));
        Assert.Equal(3, Take(limits, 10, statistics: true));
    }

    [Fact]
    public async Task Each_retry_takes_a_permit()
    {
        var handler = new ScriptedHandler(ScriptedHandler.Json(HttpStatusCode.ServiceUnavailable, "{}"));
        var options = new ZadarmaApiOptions { RetryDelay = TimeSpan.Zero, MaxRetries = 2 };
        var limits = new ZadarmaRateLimits(requestsPerMinute: 2, statisticsPerMinute: 3, _clock);
        var client = TestZadarma.Client(handler, new FixedAccount(new ZadarmaCredentials(new Uri("http://pbx.test/"), "key1", "secret")), options, limits);

        var error = await Assert.ThrowsAsync<ZadarmaException>(() => client.GetBalanceAsync());

        // The first attempt and one retry went out; the second retry found the quota spent.
        Assert.Equal(ZadarmaErrorKind.RateLimited, error.Kind);
        Assert.Equal(2, handler.Sent.Count);
        Assert.False(limits.TryAcquire(statistics: false, out _));
    }

    private static int Take(ZadarmaRateLimits limits, int attempts, bool statistics = false) =>
        Enumerable.Range(0, attempts).Count(_ => limits.TryAcquire(statistics, out TimeSpan _));
}
