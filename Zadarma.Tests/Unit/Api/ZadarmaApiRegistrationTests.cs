using Microsoft.Extensions.DependencyInjection;
using Zadarma.Core.Api;

namespace Zadarma.Tests.Unit.Api;

public sealed class ZadarmaApiRegistrationTests
{
    [Fact]
    public void Registers_a_typed_client_over_shared_quotas()
    {
        var services = new ServiceCollection();
        services.AddZadarmaApi(o => o.StatisticsPerMinute = 2);
        services.AddSingleton<IZadarmaAccount>(new FixedAccount(new ZadarmaCredentials(new Uri("http://pbx.test/"), "k", "s")));
        using var provider = services.BuildServiceProvider(new ServiceProviderOptions { ValidateOnBuild = true, ValidateScopes = true });

        var first = provider.GetRequiredService<ZadarmaClient>();
        var second = provider.GetRequiredService<ZadarmaClient>();
        var limits = provider.GetRequiredService<ZadarmaRateLimits>();

        Assert.NotSame(first, second);
        Assert.Same(limits, provider.GetRequiredService<ZadarmaRateLimits>());
        Assert.True(limits.TryAcquire(statistics: true, out _));
        Assert.True(limits.TryAcquire(statistics: true, out _));
        Assert.False(limits.TryAcquire(statistics: true, out var retryAfter));
        Assert.True(retryAfter > TimeSpan.Zero);
    }
}
