using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Components.Server.Circuits;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Playwright;
using Zadarma.Core.Accounts;
using Zadarma.Core.Directory;
using Zadarma.Core.Notifications;
using Zadarma.Tests.Infrastructure;

namespace Zadarma.Tests.Browser.Telephony;

/// <summary>Every tab's subscription to the call notifier ends with its circuit, however early the tab is closed.</summary>
public sealed class SubscriptionLeakTests(BrowserFixture browser) : IClassFixture<BrowserFixture>, IAsyncLifetime
{
    private readonly GatedDirectory _gate = new();
    private readonly CountedCircuits _circuits = new();
    private readonly LostGoodbyes _goodbyes = new();
    private TestApp _app = default!;

    public async Task InitializeAsync()
    {
        _app = await TestApp.StartAsync(services: services =>
        {
            services.AddSingleton<BuiltInCrmDirectory>();
            services.AddSingleton<ICrmDirectory>(sp => _gate.Over(sp.GetRequiredService<BuiltInCrmDirectory>()));
            services.AddSingleton<CircuitHandler>(_circuits);
            services.EndDisconnectedCircuitsSoon();
            services.AddSingleton<IStartupFilter>(_goodbyes);
        });
        await _app.CreateUserAsync("admin", Role.Admin);
        var employee = await _app.Get<EmployeeStore>().SaveAsync(new EmployeeEdit { Name = "Olga Petrova" });
        var olga = await _app.CreateUserAsync("olga", Role.Agent);
        await _app.Get<UserAccounts>().UpdateAsync(olga.Id, Role.Agent, true, employee);
    }

    public async Task DisposeAsync() => await _app.DisposeAsync();

    private int Subscriptions => _app.Get<CallNotifier>().SubscriptionCount;

    [Fact]
    public async Task Twenty_five_tabs_opened_and_closed_leave_no_subscription()
    {
        var first = await browser.NewPageAsync(_app);
        await first.SignInAsync("olga");
        await Eventually.HoldsAsync(() => Subscriptions == 1, "the first tab subscribed");

        // Five batches of five tabs in one browser profile: three are used, two are closed while their circuit starts.
        for (var batch = 0; batch < 5; batch++)
        {
            var tabs = await Task.WhenAll(Enumerable.Range(0, 5).Select(async i =>
            {
                var tab = await first.Context.NewPageAsync();
                await tab.GotoAsync("clients", new() { WaitUntil = WaitUntilState.DOMContentLoaded });
                if (i < 3)
                    await tab.WaitForInteractiveAsync();
                return tab;
            }));
            await Eventually.HoldsAsync(() => Subscriptions >= 4, $"the used tabs of batch {batch} subscribed");
            await Task.WhenAll(tabs.Select(t => t.CloseAsync(new() { RunBeforeUnload = true })));
        }
        await first.CloseAsync(new() { RunBeforeUnload = true });

        await Eventually.HoldsAsync(() => _circuits.Closed == _circuits.Opened, "every circuit ended", TimeSpan.FromSeconds(30));
        await Eventually.HoldsAsync(() => Subscriptions == 0, "no subscription is left");
    }

    [Fact]
    public async Task A_tab_closed_while_its_employee_is_looked_up_leaves_no_subscription()
    {
        var page = await browser.NewPageAsync(_app);
        await page.SignInAsync("olga");
        await Eventually.HoldsAsync(() => Subscriptions == 1, "the tab subscribed");

        // The next lookup of the employee, the new tab's, waits until the tab is gone.
        var held = _gate.HoldNext();
        var tab = await page.Context.NewPageAsync();
        await tab.GotoAsync("clients");
        await held.Entered.WaitAsync(TimeSpan.FromSeconds(15));
        var closedBefore = _circuits.Closed;
        await tab.CloseAsync(new() { RunBeforeUnload = true });
        await page.CloseAsync(new() { RunBeforeUnload = true });
        await Eventually.HoldsAsync(() => _circuits.Closed >= closedBefore + 2, "both circuits closed", TimeSpan.FromSeconds(30));
        await Task.Delay(500);
        held.Release();

        await Eventually.HoldsAsync(() => held.Returned, "the held lookup returned");
        await Task.Delay(500);
        Assert.Equal(0, Subscriptions);
    }

    [Fact]
    public async Task A_tab_whose_goodbye_is_lost_leaves_no_subscription_once_its_circuit_is_let_go()
    {
        var page = await browser.NewPageAsync(_app);
        await page.SignInAsync("olga");
        await Eventually.HoldsAsync(() => Subscriptions == 1, "the tab subscribed");

        // The browser's last message, asking the server to end the circuit, never arrives: the server keeps the circuit
        // for a reconnect, then lets it go.
        _goodbyes.Lose = true;
        var closedBefore = _circuits.Closed;
        await page.CloseAsync(new() { RunBeforeUnload = true });

        await Eventually.HoldsAsync(() => _circuits.Closed > closedBefore, "the circuit was let go", TimeSpan.FromSeconds(30));
        await Eventually.HoldsAsync(() => Subscriptions == 0, "no subscription is left");
    }

    /// <summary>The built-in directory, except that a lookup of a user's employee can be held until the test lets it go.</summary>
    private sealed class GatedDirectory
    {
        private Hold? _next;

        public Hold HoldNext() => _next = new Hold();

        public ICrmDirectory Over(ICrmDirectory inner) => new Gated(inner, this);

        private Hold? Take() => Interlocked.Exchange(ref _next, null);

        public sealed class Hold
        {
            private readonly TaskCompletionSource _entered = new(TaskCreationOptions.RunContinuationsAsynchronously);
            private readonly TaskCompletionSource _release = new(TaskCreationOptions.RunContinuationsAsynchronously);
            private volatile bool _returned;

            public Task Entered => _entered.Task;
            public bool Returned => _returned;

            public void Release() => _release.SetResult();

            public async Task<T> AroundAsync<T>(Func<Task<T>> lookup)
            {
                _entered.SetResult();
                await _release.Task;
                try
                {
                    return await lookup();
                }
                finally
                {
                    _returned = true;
                }
            }
        }

        private sealed class Gated(ICrmDirectory inner, GatedDirectory gate) : ICrmDirectory
        {
            public Task<IReadOnlyList<DirectoryClient>> FindClientsByPhoneAsync(PhoneNumber number, CancellationToken ct = default) =>
                inner.FindClientsByPhoneAsync(number, ct);

            public Task<DirectoryEmployee?> GetResponsibleEmployeeAsync(int clientId, CancellationToken ct = default) =>
                inner.GetResponsibleEmployeeAsync(clientId, ct);

            public Task<IReadOnlyList<DirectoryEmployee>> ListEmployeesAsync(CancellationToken ct = default) => inner.ListEmployeesAsync(ct);

            public Task<DirectoryEmployee?> GetEmployeeOfUserAsync(int userId, CancellationToken ct = default) =>
                gate.Take() is { } hold ? hold.AroundAsync(() => inner.GetEmployeeOfUserAsync(userId, ct)) : inner.GetEmployeeOfUserAsync(userId, ct);
        }
    }

    /// <summary>When told to, swallows the message a closing tab sends to end its circuit, as a dropped connection would.</summary>
    private sealed class LostGoodbyes : IStartupFilter
    {
        public volatile bool Lose;

        public Action<IApplicationBuilder> Configure(Action<IApplicationBuilder> next) => app =>
        {
            app.Use(async (context, inner) =>
            {
                if (Lose && context.Request.Path.StartsWithSegments("/_blazor/disconnect"))
                    context.Response.StatusCode = StatusCodes.Status200OK;
                else
                    await inner();
            });
            next(app);
        };
    }

    private sealed class CountedCircuits : CircuitHandler
    {
        private int _opened, _closed;

        public int Opened => Volatile.Read(ref _opened);
        public int Closed => Volatile.Read(ref _closed);

        public override Task OnCircuitOpenedAsync(Circuit circuit, CancellationToken cancellationToken)
        {
            Interlocked.Increment(ref _opened);
            return Task.CompletedTask;
        }

        public override Task OnCircuitClosedAsync(Circuit circuit, CancellationToken cancellationToken)
        {
            Interlocked.Increment(ref _closed);
            return Task.CompletedTask;
        }
    }
}
