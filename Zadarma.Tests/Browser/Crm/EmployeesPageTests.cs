using Microsoft.Playwright;
using Zadarma.Core.Accounts;
using Zadarma.Core.Directory;
using Zadarma.Tests.Infrastructure;

namespace Zadarma.Tests.Browser.Crm;

public sealed class EmployeesPageTests(BrowserFixture browser) : IClassFixture<BrowserFixture>, IAsyncLifetime
{
    private TestApp _app = default!;

    public async Task InitializeAsync()
    {
        _app = await TestApp.StartAsync();
        await _app.CreateUserAsync("admin", Role.Admin);
        var employees = _app.Get<EmployeeStore>();
        await employees.SaveAsync(new EmployeeEdit { Name = "Ольга Петрова" });
        await employees.SaveAsync(new EmployeeEdit { Name = "Łukasz Nowak", IsActive = false });
        for (var i = 1; i <= 23; i++)
            await employees.SaveAsync(new EmployeeEdit { Name = $"Agent {i:D2}" });
    }

    public async Task DisposeAsync() => await _app.DisposeAsync();

    [Fact]
    public async Task An_admin_pages_through_employees_and_finds_one_by_name()
    {
        var page = await browser.NewPageAsync(_app);
        await page.SignInAsync("admin");
        await page.OpenAsync("employees");

        var rows = page.Locator(".employees-grid tbody tr");
        await Assertions.Expect(rows).ToHaveCountAsync(20);
        await Assertions.Expect(page.Locator(".employees-grid .rz-pager")).ToContainTextAsync("Page 1 of 2 (25 items)");
        await Screenshots.SaveAsync(page, "employees");

        await page.Locator(".employees-search").FillAsync("ольга");
        await Assertions.Expect(rows).ToHaveCountAsync(1);
        await Assertions.Expect(rows.First).ToContainTextAsync("Ольга Петрова");

        await page.Locator(".employees-search").FillAsync("ŁUKASZ");
        await Assertions.Expect(rows).ToHaveCountAsync(1);
        await Assertions.Expect(rows.First).ToContainTextAsync("Inactive");
        await Screenshots.SaveAsync(page, "employees-search");
    }
}
