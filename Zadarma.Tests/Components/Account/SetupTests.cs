using Bunit;
using Microsoft.Extensions.DependencyInjection;
using Zadarma.Blazor.Components.Account;
using Zadarma.Core.Accounts;

namespace Zadarma.Tests.Components.Account;

public sealed class SetupTests : AccountPageTest
{
    private static void Fill(IRenderedComponent<Setup> page, string user, string password, string confirm, string? language = null)
    {
        page.Find("#setup-user").Change(user);
        page.Find("#setup-password").Change(password);
        page.Find("#setup-confirm").Change(confirm);
        if (language is not null)
            page.Find("#setup-language").Change(language);
        page.Find("form").Submit();
    }

    [Fact]
    public async Task The_language_offered_first_is_the_one_the_page_is_read_in()
    {
        await UseDatabaseAsync();
        UseCulture("pl");
        var page = RenderPage<Setup>();

        Assert.Equal("Język", page.Find("label[for=setup-language]").TextContent);
        var options = page.FindAll("#setup-language option");
        Assert.Equal(["English", "Русский", "Polski"], options.Select(o => o.TextContent));
        Assert.Equal("pl", page.Find("#setup-language").GetAttribute("value"));
    }

    [Fact]
    public async Task Passwords_that_differ_are_refused_in_the_users_language_and_not_sent_back()
    {
        await UseDatabaseAsync();
        UseCulture("ru");
        var page = RenderPage<Setup>();

        Fill(page, "boss", "boss-pass-1", "boss-pass-2");

        Assert.Equal("Пароли не совпадают.", page.Find(".account-error").TextContent.Trim());
        Assert.Equal("true", page.Find("#setup-confirm").GetAttribute("aria-invalid"));
        Assert.True(string.IsNullOrEmpty(page.Find("#setup-password").GetAttribute("value")));
        Assert.True(string.IsNullOrEmpty(page.Find("#setup-confirm").GetAttribute("value")));
        Assert.False(await Services.GetRequiredService<UserAccounts>().HasAnyUserAsync());
    }

    [Fact]
    public async Task A_weak_password_is_refused_at_its_field_with_the_rules_in_the_users_language()
    {
        await UseDatabaseAsync();
        UseCulture("pl");
        var page = RenderPage<Setup>();

        Fill(page, "boss", "short", "short");

        Assert.Equal("Hasło musi mieć co najmniej 8 znaków.", page.Find(".account-error").TextContent.Trim());
        Assert.Equal("true", page.Find("#setup-password").GetAttribute("aria-invalid"));
        Assert.Null(page.Find("#setup-user").GetAttribute("aria-invalid"));
        Assert.Equal("setup-password-help", page.Find("#setup-password").GetAttribute("aria-describedby"));
        Assert.Contains("Co najmniej 8 znaków", page.Find("#setup-password-help").TextContent);
    }

    [Fact]
    public async Task A_missing_user_name_is_refused_at_its_field()
    {
        await UseDatabaseAsync();
        UseCulture("ru");
        var page = RenderPage<Setup>();

        Fill(page, "  ", "boss-pass-1", "boss-pass-1");

        Assert.Equal("Введите имя пользователя.", page.Find(".account-error").TextContent.Trim());
        Assert.Equal("true", page.Find("#setup-user").GetAttribute("aria-invalid"));
    }

    [Fact]
    public async Task The_chosen_language_becomes_the_admins_and_the_pages()
    {
        await UseDatabaseAsync();
        UseCulture("en");
        var page = RenderPage<Setup>();

        Fill(page, "boss", "boss-pass-1", "boss-pass-1", language: "ru");

        var accounts = Services.GetRequiredService<UserAccounts>();
        var admin = (await accounts.SignInAsync("boss", "boss-pass-1")).User!;
        Assert.Equal((Role.Admin, "ru"), (admin.Role, admin.Language));
        Assert.Equal("ru", await accounts.SetupLanguageAsync());
        Assert.Contains(".AspNetCore.Culture=c%3Dru%7Cuic%3Dru", Http.Response.Headers.SetCookie.ToString(), StringComparison.Ordinal);
        Assert.Equal("http://localhost/", NavigatedTo);
    }
}
