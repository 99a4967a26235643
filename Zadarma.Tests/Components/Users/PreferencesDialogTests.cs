using Bunit;
using Bunit.TestDoubles;
using Microsoft.AspNetCore.Components;
using Microsoft.Extensions.DependencyInjection;
using MudBlazor;
using Zadarma.Blazor.Components.Layout;
using Zadarma.Core.Accounts;

namespace Zadarma.Tests.Components.Users;

public sealed class PreferencesDialogTests : UsersTest
{
    private async Task<IRenderedComponent<UserMenu>> OpenFromTheMenuAsync(Action<ThemeChoice>? chosen = null)
    {
        Services.GetRequiredService<NavigationManager>().NavigateTo("calls?page=2");
        var menu = Render<UserMenu>(p => p.Add(m => m.ThemeChosen, c => chosen?.Invoke(c)));
        await menu.Find(".user-menu button").ClickAsync(new());
        _ = Popovers.Find(".user-preferences").ClickAsync(new());
        Dialogs.WaitForElement(".preferences-dialog form");
        return menu;
    }

    private BunitNavigationManager Navigation => Services.GetRequiredService<BunitNavigationManager>();

    [Fact]
    public async Task The_menu_opens_the_users_own_language_zone_and_theme()
    {
        UseCulture("pl");
        var admin = await SignInAdminAsync();
        await Accounts.SetTimeZoneAsync(admin.Id, "Europe/Warsaw");
        await Accounts.SetThemeAsync(admin.Id, ThemeChoice.Dark);

        await OpenFromTheMenuAsync();

        Assert.Equal("Moje ustawienia", Dialogs.Find(".mud-dialog-title").TextContent.Trim());
        Dialogs.WaitForAssertion(() => Assert.Equal("Polski", Field("Język").GetAttribute("value")));
        Assert.Contains("Warsaw", Field("Strefa czasowa").GetAttribute("value"));
        Assert.Equal("Ciemny", Field("Motyw").GetAttribute("value"));
    }

    [Fact]
    public async Task A_new_theme_is_saved_and_applied_without_a_reload()
    {
        UseCulture("en");
        var admin = await SignInAdminAsync();
        ThemeChoice? chosen = null;
        await OpenFromTheMenuAsync(c => chosen = c);
        var visited = Navigation.History.Count;

        await PickAsync("Theme", "Dark");
        await SaveAsync();

        Dialogs.WaitForAssertion(() => Assert.Empty(Dialogs.FindAll(".mud-dialog")));
        Assert.Equal(ThemeChoice.Dark, chosen);
        Assert.Equal(ThemeChoice.Dark, Services.GetRequiredService<ChosenTheme>().Choice);
        Assert.Equal(ThemeChoice.Dark, (await Accounts.FindAsync(admin.Id))!.Theme);
        Assert.Equal(visited, Navigation.History.Count);
    }

    [Fact]
    public async Task A_new_time_zone_is_saved_and_the_page_comes_again_in_it()
    {
        UseCulture("en");
        var admin = await SignInAdminAsync();
        await OpenFromTheMenuAsync();

        await PickZoneAsync("Tokyo", "Asia/Tokyo");
        await SaveAsync();

        // The save has run to its end: nothing renders after a reload is asked for, so there is nothing to wait for.
        Assert.True(Navigation.History.First().Options.ForceLoad);
        Assert.Equal("http://localhost/calls?page=2", Navigation.Uri);
        Assert.Equal("Asia/Tokyo", (await Accounts.FindAsync(admin.Id))!.TimeZone);
    }

    [Fact]
    public async Task A_new_language_reloads_the_page_in_it_through_the_culture_address()
    {
        UseCulture("ru");
        await SignInAdminAsync();
        await OpenFromTheMenuAsync();

        await PickAsync("Язык", "Polski");
        await SaveAsync();

        Assert.True(Navigation.History.First().Options.ForceLoad);
        Assert.Equal("http://localhost/account/culture?culture=pl&returnUrl=%2Fcalls%3Fpage%3D2", Navigation.Uri);
    }
}
