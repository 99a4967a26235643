using Bunit;
using Microsoft.Extensions.DependencyInjection;
using MudBlazor;
using Zadarma.Blazor.Components.Users;
using Zadarma.Core.Accounts;

namespace Zadarma.Tests.Components.Users;

public sealed class PasswordFormTests : UsersTest
{
    [Fact]
    public async Task A_weak_password_is_refused_at_the_field_in_the_users_language()
    {
        UseCulture("pl");
        await SignInAdminAsync();
        await Accounts.CreateAsync("olga", "agent-pass-1", Role.Agent);
        var row = (await Accounts.ListAsync()).Single(u => u.UserName == "olga");
        await ShowAsync((d, l) => d.ResetPasswordAsync(l, row));

        await Field("Nowe hasło").ChangeAsync("onlyletters");
        await SaveAsync();

        Dialogs.WaitForAssertion(() => Assert.Equal("Hasło musi zawierać litery i co najmniej jedną cyfrę lub symbol.", ErrorAt("Nowe hasło")));
        Assert.True((await Accounts.SignInAsync("olga", "agent-pass-1")).Succeeded);
    }

    [Fact]
    public async Task A_new_password_replaces_the_old_and_lifts_a_lockout()
    {
        UseCulture("ru");
        await SignInAdminAsync();
        await Accounts.CreateAsync("olga", "agent-pass-1", Role.Agent);
        for (var i = 0; i < PasswordRules.MaxFailedSignIns; i++)
            await Accounts.SignInAsync("olga", "wrong-pass-1");
        var row = (await Accounts.ListAsync()).Single(u => u.UserName == "olga");
        var closed = await ShowAsync((d, l) => d.ResetPasswordAsync(l, row));

        Assert.Equal("Новый пароль для olga", Dialogs.Find(".mud-dialog-title").TextContent.Trim());
        await Field("Новый пароль").ChangeAsync("fresh-pass-2");
        await SaveAsync();

        Assert.True(await closed);
        Assert.True((await Accounts.SignInAsync("olga", "fresh-pass-2")).Succeeded);
        Assert.Contains(Services.GetRequiredService<ISnackbar>().ShownSnackbars, s => s.Message == "Пароль изменён.");
    }

    [Fact]
    public async Task The_password_can_be_shown_by_a_button_named_in_the_users_language()
    {
        UseCulture("ru");
        await SignInAdminAsync();
        await ShowAsync((d, l) => d.ResetPasswordAsync(l, new UserRow(1, "admin", Role.Admin, true, null, null, null, null, null)));
        Assert.Equal("password", Field("Новый пароль").GetAttribute("type"));

        await Dialogs.Find(".password-input button[aria-label='Показать пароль']").ClickAsync(new());

        Assert.Equal("text", Field("Новый пароль").GetAttribute("type"));
        Assert.NotNull(Dialogs.Find(".password-input button[aria-label='Скрыть пароль']"));
    }
}
