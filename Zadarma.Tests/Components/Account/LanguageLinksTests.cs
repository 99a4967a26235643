using Bunit;
using Microsoft.AspNetCore.Components;
using Microsoft.Extensions.DependencyInjection;
using Zadarma.Blazor.Components.Layout;

namespace Zadarma.Tests.Components.Account;

public sealed class LanguageLinksTests : ComponentTest
{
    [Fact]
    public void Each_language_is_a_link_that_sets_it_and_comes_back_to_this_page()
    {
        UseCulture("ru");
        Services.GetRequiredService<NavigationManager>().NavigateTo("account/signin?returnUrl=%2Fcalls");

        var links = Render<LanguageLinks>();

        Assert.Equal("Язык страницы", links.Find("nav").GetAttribute("aria-label"));
        var all = links.FindAll("a");
        Assert.Equal(["English", "Русский", "Polski"], all.Select(a => a.TextContent));
        Assert.Equal(["en", "ru", "pl"], all.Select(a => a.GetAttribute("lang")));
        Assert.Equal("account/culture?culture=pl&returnUrl=%2Faccount%2Fsignin%3FreturnUrl%3D%252Fcalls", all[2].GetAttribute("href"));
        Assert.Equal([null, "true", null], all.Select(a => a.GetAttribute("aria-current")));
    }
}
