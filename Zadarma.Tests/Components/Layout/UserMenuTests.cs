using Bunit;
using Microsoft.Extensions.DependencyInjection;
using MudBlazor;
using Zadarma.Blazor.Components.Layout;
using Zadarma.Core.Accounts;

namespace Zadarma.Tests.Components.Layout;

public sealed class UserMenuTests : ComponentTest
{
    [Fact]
    public async Task The_chosen_theme_is_remembered_for_the_user_and_handed_to_the_layout()
    {
        await UseDatabaseAsync();
        var auth = AddAuthorization();
        var user = await Services.GetRequiredService<UserAccounts>().CreateFirstAdminAsync("anna", "correct horse 1");
        auth.SetAuthorized("anna").SetClaims(new System.Security.Claims.Claim(System.Security.Claims.ClaimTypes.NameIdentifier, user.Id.ToString()));
        ThemeChoice? chosen = null;
        var popovers = Render<MudPopoverProvider>();
        var menu = Render<UserMenu>(p => p.Add(m => m.ThemeChosen, c => chosen = c));

        await menu.Find(".user-menu button").ClickAsync(new());
        var dark = popovers.FindComponents<MudMenuItem>().Single(i => i.Markup.Contains("Dark"));
        await dark.Find(".mud-menu-item").ClickAsync(new());

        Assert.Equal(ThemeChoice.Dark, chosen);
        Assert.Equal(ThemeChoice.Dark, Services.GetRequiredService<ChosenTheme>().Choice);
        Assert.Equal(ThemeChoice.Dark, (await Services.GetRequiredService<UserAccounts>().FindAsync(user.Id))!.Theme);
    }

    [Fact]
    public async Task Sign_out_is_in_the_menu_in_the_users_language()
    {
        await UseDatabaseAsync();
        UseCulture("pl");
        AddAuthorization().SetAuthorized("anna");
        var popovers = Render<MudPopoverProvider>();
        var menu = Render<UserMenu>();
        menu.Find(".user-menu button").Click();
        Assert.Contains("Wyloguj", popovers.Find("form[action='account/signout']").TextContent);
    }
}
