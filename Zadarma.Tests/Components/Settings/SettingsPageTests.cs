using Bunit;
using Bunit.TestDoubles;
using Microsoft.AspNetCore.Components;
using Microsoft.Extensions.DependencyInjection;
using MudBlazor;
using Zadarma.Blazor.Components.Settings;
using Zadarma.Tests.Components.Integrations;

namespace Zadarma.Tests.Components.Settings;

public sealed class SettingsPageTests : ComponentTest
{
    private async Task<IRenderedComponent<SettingsPage>> RenderPageAsync(string? tab = null, string? section = null)
    {
        var db = await UseDatabaseAsync();
        ZadarmaServices.Add(Services, db, new ScriptedNetwork());
        AddAuthorization().SetAuthorized("admin");
        await RunningInbox.AddAsync(Services, db);
        // Choosing a tab navigates only in a live circuit, never while prerendering.
        SetRendererInfo(new RendererInfo("Server", isInteractive: true));
        Render<MudPopoverProvider>();
        return Render<SettingsPage>(p => p.Add(s => s.Tab, tab).Add(s => s.Section, section));
    }

    [Theory]
    [InlineData("zadarma")]
    [InlineData("pbx")]
    [InlineData("events")]
    public async Task Bookmarks_of_the_old_tab_addresses_open_their_tab_under_integrations(string section)
    {
        UseCulture("en");
        await RenderPageAsync(tab: section);

        Assert.Equal($"http://localhost/settings/integrations/{section}", Services.GetRequiredService<NavigationManager>().Uri);
    }

    [Fact]
    public async Task The_general_page_has_its_heading_and_form()
    {
        UseCulture("pl");
        var page = await RenderPageAsync(tab: "general");

        Assert.Equal("Ogólne", page.Find("h1").TextContent.Trim());
        page.WaitForElement(".general-settings");
        Assert.Empty(page.FindAll(".settings-integrations"));
    }

    [Fact]
    public async Task Each_integration_tab_has_its_own_address()
    {
        UseCulture("en");
        var page = await RenderPageAsync(section: "zadarma");
        page.WaitForElement(".zadarma-tab");
        Assert.Equal(["Zadarma", "PBX", "Failed events"], page.FindAll(".settings-integrations .mud-tab").Select(t => t.TextContent.Trim()));

        await page.FindAll(".settings-integrations .mud-tab").Single(t => t.TextContent.Trim() == "PBX").ClickAsync(new());

        Assert.Equal("http://localhost/settings/integrations/pbx", Services.GetRequiredService<NavigationManager>().Uri);
    }

    [Fact]
    public async Task The_tab_in_the_address_is_the_one_open()
    {
        UseCulture("ru");
        var page = await RenderPageAsync(section: "pbx");

        Assert.Equal("АТС", page.Find(".settings-integrations .mud-tab-active").TextContent.Trim());
        page.WaitForElement(".pbx-tab");
        Assert.Equal("Интеграции", page.Find("h1").TextContent.Trim());
    }
}
