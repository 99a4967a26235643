using Bunit;
using Microsoft.Extensions.DependencyInjection;
using Zadarma.Blazor.Components.Account;
using Zadarma.Core.Accounts;

namespace Zadarma.Tests.Components.Account;

public sealed class SignInTests : AccountPageTest
{
    private const string Password = "correct horse 1";

    private async Task<UserAccounts> WithAdminAsync()
    {
        await UseDatabaseAsync();
        var accounts = Services.GetRequiredService<UserAccounts>();
        await accounts.CreateFirstAdminAsync("anna", Password);
        return accounts;
    }

    private static void Fill(IRenderedComponent<SignIn> page, string user, string password)
    {
        page.Find("#signin-user").Change(user);
        page.Find("#signin-password").Change(password);
        page.Find("form").Submit();
    }

    [Fact]
    public async Task Each_field_is_named_by_its_visible_label_in_the_users_language()
    {
        await WithAdminAsync();
        UseCulture("pl");
        var page = RenderPage<SignIn>();

        Assert.Equal("Nazwa użytkownika", page.Find("label[for=signin-user]").TextContent);
        Assert.Equal("Hasło", page.Find("label[for=signin-password]").TextContent);
        Assert.Equal("password", page.Find("#signin-password").GetAttribute("type"));
        Assert.Equal("Zaloguj", page.Find("button[type=submit]").TextContent.Trim());
    }

    [Fact]
    public async Task A_wrong_password_is_refused_in_the_users_language_and_the_field_comes_back_empty()
    {
        await WithAdminAsync();
        UseCulture("ru");
        var page = RenderPage<SignIn>();

        Fill(page, "anna", "not-the-password-1");

        Assert.Equal("Неверное имя пользователя или пароль.", page.Find(".account-error").TextContent.Trim());
        Assert.Equal("anna", page.Find("#signin-user").GetAttribute("value"));
        Assert.True(string.IsNullOrEmpty(page.Find("#signin-password").GetAttribute("value")));
        Assert.Equal("true", page.Find("#signin-password").GetAttribute("aria-invalid"));
        Assert.Null(NavigatedTo);
    }

    [Fact]
    public async Task An_unknown_name_gets_the_same_answer_as_a_wrong_password()
    {
        await WithAdminAsync();
        UseCulture("pl");
        var page = RenderPage<SignIn>();

        Fill(page, "nobody", "whatever-pass-1");

        Assert.Equal("Nieprawidłowa nazwa użytkownika lub hasło.", page.Find(".account-error").TextContent.Trim());
    }

    [Fact]
    public async Task Empty_fields_are_asked_for()
    {
        await WithAdminAsync();
        UseCulture("ru");
        var page = RenderPage<SignIn>();

        Fill(page, "anna", "");

        Assert.Equal("Введите имя пользователя и пароль.", page.Find(".account-error").TextContent.Trim());
    }

    [Fact]
    public async Task A_lockout_says_how_long_it_lasts_in_the_users_language()
    {
        var accounts = await WithAdminAsync();
        for (var i = 0; i < PasswordRules.MaxFailedSignIns; i++)
            await accounts.SignInAsync("anna", "not-the-password-1");
        UseCulture("pl");
        var page = RenderPage<SignIn>();

        Fill(page, "anna", Password);

        Assert.Equal($"Zbyt wiele nieudanych prób. Spróbuj ponownie za {PasswordRules.LockoutDuration.TotalMinutes} min.", page.Find(".account-error").TextContent.Trim());
    }

    [Fact]
    public async Task The_right_password_signs_in_and_brings_the_users_language_along()
    {
        var accounts = await WithAdminAsync();
        var anna = (await accounts.SignInAsync("anna", Password)).User!;
        await accounts.SetLanguageAsync(anna.Id, "pl");
        var page = RenderPage<SignIn>();

        Fill(page, "anna", Password);

        Assert.Equal("http://localhost/", NavigatedTo);
        Assert.Contains(".AspNetCore.Culture=c%3Dpl%7Cuic%3Dpl", Http.Response.Headers.SetCookie.ToString(), StringComparison.Ordinal);
        Assert.Contains(".AspNetCore.Cookies=", Http.Response.Headers.SetCookie.ToString(), StringComparison.Ordinal);
    }
}
