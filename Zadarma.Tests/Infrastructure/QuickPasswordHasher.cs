using Microsoft.AspNetCore.Identity;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;
using Zadarma.Core.Accounts;

namespace Zadarma.Tests.Infrastructure;

/// <summary>
/// The app's password hasher with far fewer rounds: hundreds of sign-ins would otherwise spend most of a CPU-minute
/// on key stretching that tests gain nothing from. The hash format and every check stay the app's own.
/// </summary>
public static class QuickPasswordHasher
{
    private const int Rounds = 1_000;

    public static PasswordHasher<User> Create() => new(Options.Create(new PasswordHasherOptions { IterationCount = Rounds }));

    public static IServiceCollection UseQuickPasswordHasher(this IServiceCollection services) =>
        services.Configure<PasswordHasherOptions>(options => options.IterationCount = Rounds);
}
