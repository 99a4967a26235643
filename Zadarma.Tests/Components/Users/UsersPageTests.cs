using Bunit;
using Microsoft.Extensions.DependencyInjection;
using MudBlazor;
using Zadarma.Blazor.Components.Users;
using Zadarma.Core.Accounts;
using Zadarma.Core.Directory;

namespace Zadarma.Tests.Components.Users;

public sealed class UsersPageTests : UsersTest
{
    private IRenderedComponent<UsersPage> RenderPage(int rows)
    {
        var page = Render<UsersPage>();
        page.WaitForAssertion(() => Assert.Equal(rows, page.FindAll(".users-grid tbody tr.mud-table-row").Count));
        return page;
    }

    private static string[] Cells(IRenderedComponent<UsersPage> page, string userName) =>
        page.FindAll(".users-grid tbody tr.mud-table-row").Single(r => r.QuerySelector(".user-name")?.TextContent == userName)
            .QuerySelectorAll("td").Select(td => td.TextContent.Trim()).ToArray();

    [Fact]
    public async Task Columns_speak_the_users_language_and_show_each_users_settings()
    {
        UseCulture("ru");
        await SignInAdminAsync();
        var olga = await Accounts.CreateAsync("olga", "agent-pass-1", Role.Agent, "pl", "Europe/Warsaw");
        var employee = await Services.GetRequiredService<EmployeeStore>().SaveAsync(new EmployeeEdit { Name = "Ольга Петрова" });
        await Accounts.UpdateAsync(olga.Id, Role.Agent, isActive: false, employee);

        var page = RenderPage(rows: 2);

        Assert.Equal(["Имя пользователя", "Роль", "Сотрудник", "Язык и часовой пояс", "Состояние", "Действия"],
            page.FindAll(".users-grid thead th").Select(th => th.TextContent.Trim()));
        Assert.Equal(["olga", "Оператор", "Ольга Петрова"], Cells(page, "olga")[..3]);
        Assert.Equal("Неактивен", Cells(page, "olga")[4]);
        Assert.Equal(["Администратор", "—"], Cells(page, "admin")[1..3]);
        Assert.Equal("Активен", Cells(page, "admin")[4]);
        var settings = page.FindAll(".user-setting").Select(s => (s.QuerySelector(".user-language")!.TextContent, s.QuerySelector(".user-zone")!.TextContent)).ToList();
        Assert.Equal(("Как в браузере", "Как в браузере"), settings[0]);
        Assert.Equal("Polski", settings[1].Item1);
        Assert.Matches(@"^\(UTC\+0[12]:00\) Warsaw$", settings[1].Item2);
        Assert.Equal("Ольга Петрова", page.FindAll(".user-employee").Single(e => e.TextContent == "Ольга Петрова").GetAttribute("title"));
    }

    [Fact]
    public async Task A_locked_user_says_until_when_in_the_users_zone_and_format()
    {
        UseCulture("ru");
        await SignInAdminAsync();
        await Accounts.CreateAsync("olga", "agent-pass-1", Role.Agent);
        for (var i = 0; i < PasswordRules.MaxFailedSignIns; i++)
            await Accounts.SignInAsync("olga", "wrong-pass-1");
        var until = (await Accounts.ListAsync()).Single(u => u.UserName == "olga").LockedUntilUtc!.Value;
        var time = Services.GetRequiredService<Zadarma.Blazor.Time.UserTime>();
        time.Use("Asia/Tokyo", 0);

        var page = RenderPage(rows: 2);

        Assert.Equal("Заблокирован", Cells(page, "olga")[4]);
        var chip = page.FindAll(".user-status").Single(c => c.TextContent.Trim() == "Заблокирован");
        Assert.Equal($"Заблокирован до {TimeZoneInfo.ConvertTimeFromUtc(until, TimeZoneInfo.FindSystemTimeZoneById("Asia/Tokyo")):dd.MM.yyyy HH:mm}", chip.GetAttribute("title"));
    }

    [Fact]
    public async Task Each_row_offers_edit_and_password_named_for_its_user()
    {
        UseCulture("pl");
        await SignInAdminAsync();
        await Accounts.CreateAsync("olga", "agent-pass-1", Role.Agent);

        var page = RenderPage(rows: 2);

        Assert.Equal(["Edytuj admin", "Edytuj olga"], page.FindAll(".user-edit").Select(b => b.GetAttribute("aria-label")));
        Assert.Equal(["Zresetuj hasło użytkownika admin", "Zresetuj hasło użytkownika olga"],
            page.FindAll(".user-password").Select(b => b.GetAttribute("aria-label")));
    }

    [Fact]
    public async Task The_search_asks_the_database_for_names_and_employees()
    {
        await SignInAdminAsync();
        var ivan = await Accounts.CreateAsync("ivan", "agent-pass-1", Role.Agent);
        await Accounts.CreateAsync("olga", "agent-pass-1", Role.Agent);
        var employee = await Services.GetRequiredService<EmployeeStore>().SaveAsync(new EmployeeEdit { Name = "Иван Соколов" });
        await Accounts.UpdateAsync(ivan.Id, Role.Agent, isActive: true, employee);
        var page = RenderPage(rows: 3);

        await page.Find(".users-search input").InputAsync("СОКОЛ");

        page.WaitForAssertion(() => Assert.Equal(["ivan"], page.FindAll(".user-name").Select(n => n.TextContent)));
    }

    [Fact]
    public async Task Sorting_by_role_is_done_by_the_database()
    {
        await SignInAdminAsync("zoe");
        await Accounts.CreateAsync("anna", "agent-pass-1", Role.Supervisor);
        await Accounts.CreateAsync("boris", "agent-pass-1", Role.Agent);
        var page = RenderPage(rows: 3);
        Assert.Equal(["anna", "boris", "zoe"], page.FindAll(".user-name").Select(n => n.TextContent));

        await page.FindAll(".users-grid thead th .sortable-column-header").First(h => h.TextContent.Contains("Role")).ClickAsync(new());

        page.WaitForAssertion(() => Assert.Equal(["boris", "anna", "zoe"], page.FindAll(".user-name").Select(n => n.TextContent)));
    }

    [Fact]
    public async Task The_last_admin_cannot_be_demoted_and_is_told_why_in_the_users_language()
    {
        UseCulture("ru");
        var admin = await SignInAdminAsync();
        var page = RenderPage(rows: 1);

        Open(page.Find(".user-edit"));
        await PickAsync("Роль", "Оператор");
        await SaveAsync();

        Dialogs.WaitForAssertion(() => Assert.Equal("Должен остаться хотя бы один активный администратор.", ErrorAt("Роль")));
        Assert.Equal(Role.Admin, (await Accounts.FindAsync(admin.Id))!.Role);
        Assert.Single(Dialogs.FindAll(".mud-dialog"));
    }

    [Fact]
    public async Task A_user_saved_in_the_dialog_shows_in_the_grid()
    {
        UseCulture("en");
        await SignInAdminAsync();
        var page = RenderPage(rows: 1);

        Open(page.Find(".users-new"));
        await Field("User name").ChangeAsync("olga");
        await Field("Password").ChangeAsync("agent-pass-1");
        await SaveAsync();

        page.WaitForAssertion(() => Assert.Equal(["admin", "olga"], page.FindAll(".user-name").Select(n => n.TextContent)));
        Assert.Empty(Dialogs.FindAll(".mud-dialog"));
        Assert.Contains(Services.GetRequiredService<ISnackbar>().ShownSnackbars, s => s.Message == "User olga created.");
    }
}
