using Microsoft.Playwright;
using Zadarma.Core.Accounts;
using Zadarma.Core.Calls;
using Zadarma.Core.Demo;
using Zadarma.Core.Sandbox;
using Zadarma.Tests.Infrastructure;

namespace Zadarma.Tests.Browser.Calls;

public sealed class CallsPageTests(BrowserFixture browser) : IClassFixture<BrowserFixture>, IAsyncLifetime
{
    private TestApp _app = default!;

    public async Task InitializeAsync()
    {
        _app = await TestApp.StartAsync();
        var admin = await _app.CreateUserAsync("admin", Role.Admin);
        await _app.CreateUserAsync("boss", Role.Supervisor);
        await _app.Get<DemoData>().LoadAsync(admin.Id);
    }

    public async Task DisposeAsync() => await _app.DisposeAsync();

    [Fact]
    public async Task A_supervisor_finds_a_missed_call_of_one_employee_by_a_national_number()
    {
        var sandbox = _app.Get<SandboxCalls>();
        // Olga's client calls and nobody answers; others call and are answered.
        var missed = await sandbox.SimulateIncomingAsync("79991234567", [100, 101], IncomingCallOutcome.Missed, TimeSpan.Zero);
        await sandbox.SimulateIncomingAsync("79991234567", [100], IncomingCallOutcome.Answered, TimeSpan.Zero);
        await sandbox.SimulateIncomingAsync("48601234567", [102], IncomingCallOutcome.Missed, TimeSpan.Zero);
        await sandbox.SimulateIncomingAsync("79120001122", [101], IncomingCallOutcome.Answered, TimeSpan.Zero);
        await WaitForCallsAsync(4);

        var page = await browser.NewPageAsync(_app);
        await page.SignInAsync("boss");
        await page.OpenAsync("calls");
        var rows = page.Locator(".calls-grid tbody tr");
        await Assertions.Expect(rows).ToHaveCountAsync(4);
        await Assertions.Expect(page.Locator(".calls-grid .call-missed")).ToHaveCountAsync(2);

        await Choose(page, ".filter-outcome", "Missed");
        await Assertions.Expect(rows).ToHaveCountAsync(2);
        await Choose(page, ".filter-employee", "Olga Petrova");
        await page.Locator(".filter-number").FillAsync("8 (999) 123-45-67");

        await Assertions.Expect(rows).ToHaveCountAsync(1);
        await Assertions.Expect(rows.First).ToContainTextAsync("8 (999) 123-45-67");
        await Assertions.Expect(rows.First).ToContainTextAsync("Dmitry Volkov");
        await Assertions.Expect(rows.First).ToContainTextAsync("Call back: Olga Petrova");
        await Assertions.Expect(rows.First).ToContainTextAsync("No answer");
        await Screenshots.SaveAsync(page, "calls-missed-filtered");

        var call = await _app.Get<CallJournal>().FindAsync(missed);
        Assert.NotNull(call);
        Assert.Equal(CallDisposition.NoAnswer, call.Disposition);
    }

    [Fact]
    public async Task A_supervisor_filters_by_client_and_by_how_a_call_ended_and_an_agent_sees_only_their_own_calls()
    {
        var sandbox = _app.Get<SandboxCalls>();
        await sandbox.SimulateIncomingAsync("79991234567", [100], IncomingCallOutcome.Answered, TimeSpan.Zero);
        await sandbox.SimulateIncomingAsync("48601234567", [102], IncomingCallOutcome.Busy, TimeSpan.Zero);
        await sandbox.SimulateIncomingAsync("79120001122", [101], IncomingCallOutcome.Missed, TimeSpan.Zero);
        await WaitForCallsAsync(3);

        var page = await browser.NewPageAsync(_app);
        await page.SignInAsync("boss");
        await page.OpenAsync("calls");
        var rows = page.Locator(".calls-grid tbody tr");
        await Assertions.Expect(rows).ToHaveCountAsync(3);

        await page.Locator(".filter-client").ClickAsync();
        await page.Locator(".rz-popup:visible input").FillAsync("Mar");
        await page.Locator(".rz-popup:visible .rz-dropdown-item", new() { HasText = "Marta Nowak" }).ClickAsync();
        await Assertions.Expect(rows).ToHaveCountAsync(1);
        await Assertions.Expect(rows.First).ToContainTextAsync("Marta Nowak");
        await Assertions.Expect(page.Locator(".filter-client")).ToContainTextAsync("Marta Nowak");

        await page.Locator(".filter-client .rz-dropdown-clear-icon").ClickAsync();
        await Assertions.Expect(rows).ToHaveCountAsync(3);
        await Choose(page, ".filter-outcome", "Busy");
        await Assertions.Expect(rows).ToHaveCountAsync(1);
        await Assertions.Expect(rows.First).ToContainTextAsync("+48 601 234 567");
        await Screenshots.SaveAsync(page, "calls-busy-filtered");

        // The admin who loaded the demo data took Olga; Ivan looks after Sergey, whose call he missed.
        var ivan = await _app.CreateUserAsync("ivan", Role.Agent);
        var ivanEmployee = (await _app.Get<Core.Directory.ICrmDirectory>().ListEmployeesAsync()).Single(e => e.Name == "Ivan Sokolov");
        await _app.Get<UserAccounts>().UpdateAsync(ivan.Id, Role.Agent, true, ivanEmployee.Id);
        var agent = await browser.NewPageAsync(_app);
        await agent.SignInAsync("ivan");
        await agent.OpenAsync("calls");
        var own = agent.Locator(".calls-grid tbody tr");
        await Assertions.Expect(own).ToHaveCountAsync(1);
        await Assertions.Expect(own.First).ToContainTextAsync("Sergey Orlov");
        await Assertions.Expect(own.First).ToContainTextAsync("Call back: Ivan Sokolov");
        await Assertions.Expect(agent.Locator(".filter-employee")).ToHaveCountAsync(0);
    }

    [Fact]
    public async Task The_clients_page_lists_that_clients_calls()
    {
        await _app.Get<SandboxCalls>().SimulateIncomingAsync("79991234567", [100], IncomingCallOutcome.Answered, TimeSpan.Zero);
        await _app.Get<SandboxCalls>().SimulateIncomingAsync("48601234567", [102], IncomingCallOutcome.Answered, TimeSpan.Zero);
        await WaitForCallsAsync(2);

        var page = await browser.NewPageAsync(_app);
        await page.SignInAsync("boss");
        await page.OpenAsync("clients");
        await page.GetByRole(AriaRole.Link, new() { Name = "Dmitry Volkov" }).ClickAsync();

        await Assertions.Expect(page.GetByRole(AriaRole.Heading, new() { Name = "Dmitry Volkov" })).ToBeVisibleAsync();
        var rows = page.Locator(".calls-grid tbody tr");
        await Assertions.Expect(rows).ToHaveCountAsync(1);
        await Assertions.Expect(rows.First).ToContainTextAsync("Answered by Olga Petrova");
        await Screenshots.SaveAsync(page, "client-page");
    }

    private static async Task Choose(IPage page, string dropdown, string item)
    {
        await page.Locator(dropdown).ClickAsync();
        await page.Locator(".rz-popup:visible .rz-dropdown-item", new() { HasText = item }).First.ClickAsync();
    }

    private Task WaitForCallsAsync(int count) =>
        Eventually.HoldsAsync(async () =>
        {
            var page = await _app.Get<CallList>().ListAsync(new CallQuery { Take = 50 });
            return page.Total >= count && page.Items.All(c => c.IsEnded);
        }, $"the journal holds {count} ended calls", TimeSpan.FromSeconds(5));
}
