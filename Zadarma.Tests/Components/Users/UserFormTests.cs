using Bunit;
using Microsoft.Extensions.DependencyInjection;
using Zadarma.Blazor.Components.Users;
using Zadarma.Core.Accounts;
using Zadarma.Core.Directory;

namespace Zadarma.Tests.Components.Users;

public sealed class UserFormTests : UsersTest
{
    [Fact]
    public async Task A_new_user_gets_the_language_time_zone_role_and_employee_the_admin_chose()
    {
        UseCulture("en");
        await SignInAdminAsync();
        var employee = await Services.GetRequiredService<EmployeeStore>().SaveAsync(new EmployeeEdit { Name = "Olga Petrova" });
        var closed = await ShowAsync((d, l) => d.EditUserAsync(l, null));

        await Field("User name").ChangeAsync("olga");
        await Field("Password").ChangeAsync("agent-pass-1");
        await PickAsync("Role", "Supervisor");
        await PickAsync("Employee", "Olga Petrova");
        await PickAsync("Language", "Русский");
        await PickZoneAsync("Warsaw", "Europe/Warsaw");
        await SaveAsync();

        Assert.True(await closed);
        var olga = (await Accounts.ListAsync()).Single(u => u.UserName == "olga");
        Assert.Equal((Role.Supervisor, "ru", "Europe/Warsaw", employee), (olga.Role, olga.Language, olga.TimeZone, olga.EmployeeId));
    }

    [Fact]
    public async Task Language_and_time_zone_start_as_the_browsers_and_stay_so_when_untouched()
    {
        UseCulture("ru");
        await SignInAdminAsync();
        var closed = await ShowAsync((d, l) => d.EditUserAsync(l, null));

        Assert.Equal("Как в браузере", Field("Язык").GetAttribute("value"));
        Assert.Equal("Как в браузере", Field("Часовой пояс").GetAttribute("placeholder"));
        await Field("Имя пользователя").ChangeAsync("ivan");
        await Field("Пароль").ChangeAsync("agent-pass-1");
        await SaveAsync();

        Assert.True(await closed);
        var ivan = (await Accounts.ListAsync()).Single(u => u.UserName == "ivan");
        Assert.Equal((Role.Agent, null, null), (ivan.Role, ivan.Language, ivan.TimeZone));
    }

    [Fact]
    public async Task The_time_zone_is_found_by_city_and_shown_with_its_offset()
    {
        UseCulture("pl");
        await SignInAdminAsync();
        await ShowAsync((d, l) => d.EditUserAsync(l, null));

        await Field("Strefa czasowa").InputAsync("buenos");

        Popovers.WaitForAssertion(() => Assert.Equal(["(UTC-03:00) Buenos Aires"],
            Popovers.FindAll(".mud-popover-open .time-zone-item > span:first-child").Select(s => s.TextContent)));
        Assert.Equal("America/Argentina/Buenos_Aires", Popovers.Find(".mud-popover-open .time-zone-id").TextContent);
    }

    [Fact]
    public async Task An_edited_users_language_and_zone_can_be_changed_back_to_the_browsers()
    {
        UseCulture("en");
        await SignInAdminAsync();
        await Accounts.CreateAsync("olga", "agent-pass-1", Role.Agent, "pl", "Europe/Warsaw");
        var row = (await Accounts.ListAsync()).Single(u => u.UserName == "olga");
        var closed = await ShowAsync((d, l) => d.EditUserAsync(l, row));

        Assert.Equal("Polski", Field("Language").GetAttribute("value"));
        Assert.Contains("Warsaw", Field("Time zone").GetAttribute("value"));
        await PickAsync("Language", "As the browser");
        await Dialogs.Find(".time-zone-picker .mud-input-clear-button").ClickAsync(new());
        await SaveAsync();

        Assert.True(await closed);
        var olga = await Accounts.FindAsync(row.Id);
        Assert.Equal((null, null), (olga!.Language, olga.TimeZone));
    }

    [Fact]
    public async Task Refusals_show_at_their_field_in_the_users_language()
    {
        UseCulture("ru");
        await SignInAdminAsync();
        await ShowAsync((d, l) => d.EditUserAsync(l, null));

        await Field("Имя пользователя").ChangeAsync("admin");
        await Field("Пароль").ChangeAsync("agent-pass-1");
        await SaveAsync();
        Dialogs.WaitForAssertion(() => Assert.Equal("Это имя пользователя уже занято.", ErrorAt("Имя пользователя")));

        await Field("Имя пользователя").ChangeAsync("olga");
        await Field("Пароль").ChangeAsync("short");
        await SaveAsync();
        Dialogs.WaitForAssertion(() => Assert.Equal("Пароль должен быть не короче 8 символов.", ErrorAt("Пароль")));
        Assert.Null(ErrorAt("Имя пользователя"));
        Assert.Single(await Accounts.ListAsync());
    }

    [Fact]
    public async Task An_employee_linked_elsewhere_is_refused_once_and_saving_again_does_not_create_the_user_twice()
    {
        UseCulture("en");
        await SignInAdminAsync();
        var employees = Services.GetRequiredService<EmployeeStore>();
        var olgaEmployee = await employees.SaveAsync(new EmployeeEdit { Name = "Olga Petrova" });
        var closed = await ShowAsync((d, l) => d.EditUserAsync(l, null));
        await Field("User name").ChangeAsync("olga");
        await Field("Password").ChangeAsync("agent-pass-1");
        await PickAsync("Employee", "Olga Petrova");
        // Another admin links the employee while this form is open.
        var ivan = await Accounts.CreateAsync("ivan", "agent-pass-1", Role.Agent);
        await Accounts.UpdateAsync(ivan.Id, Role.Agent, isActive: true, olgaEmployee);

        await SaveAsync();
        Dialogs.WaitForAssertion(() => Assert.Equal("This employee is already linked to another user.", ErrorAt("Employee")));
        await PickAsync("Employee", "Not linked");
        await SaveAsync();

        Assert.True(await closed);
        Assert.Single(await Accounts.ListAsync(), u => u.UserName == "olga");
    }
}
