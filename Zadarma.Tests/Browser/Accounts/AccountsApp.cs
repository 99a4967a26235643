using Zadarma.Core.Accounts;
using Zadarma.Tests.Infrastructure;

namespace Zadarma.Tests.Browser.Accounts;

/// <summary>One app for a class of account tests: an admin and agent olga, both with <see cref="TestApp.AdminPassword"/>.</summary>
public sealed class AccountsApp : IAsyncLifetime
{
    public TestApp App { get; private set; } = default!;

    public async Task InitializeAsync()
    {
        App = await TestApp.StartAsync();
        await App.CreateUserAsync("admin", Role.Admin);
        await App.CreateUserAsync("olga", Role.Agent);
    }

    public async Task DisposeAsync() => await App.DisposeAsync();
}
