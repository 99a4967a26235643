using AngleSharp.Dom;
using Bunit;
using Microsoft.Extensions.DependencyInjection;
using MudBlazor;
using Zadarma.Blazor.Components.Settings;
using Zadarma.Core.Settings;

namespace Zadarma.Tests.Components.Settings;

public sealed class GeneralSettingsTests : ComponentTest
{
    private IRenderedComponent<MudPopoverProvider> _popovers = default!;

    private async Task<IRenderedComponent<GeneralSettings>> RenderSettingsAsync(string country = "RU")
    {
        var db = await UseDatabaseAsync();
        await db.Settings.UpdateAsync(s => s.DefaultCountry = country);
        _popovers = Render<MudPopoverProvider>();
        var settings = Render<GeneralSettings>();
        settings.WaitForElement(".general-settings");
        return settings;
    }

    [Theory]
    [InlineData("en", "Germany (+49)")]
    [InlineData("ru", "Германия (+49)")]
    [InlineData("pl", "Niemcy (+49)")]
    public async Task The_default_country_is_named_in_the_users_language(string culture, string shown)
    {
        UseCulture(culture);
        var settings = await RenderSettingsAsync("DE");

        Assert.Equal(shown, Field(settings, "country-field").GetAttribute("value"));
    }

    [Theory]
    [InlineData("48", "Polska (+48)")]
    [InlineData("niem", "Niemcy (+49)")]
    [InlineData("GB", "Wielka Brytania (+44)")]
    public async Task Countries_are_found_by_name_code_or_calling_code(string typed, string found)
    {
        UseCulture("pl");
        var settings = await RenderSettingsAsync();

        Field(settings, "country-field").Input(typed);

        _popovers.WaitForAssertion(() => Assert.Contains(found, _popovers.FindAll(".mud-list-item").Select(i => i.TextContent.Trim())));
    }

    [Fact]
    public async Task Saving_keeps_what_another_tab_saved_meanwhile()
    {
        UseCulture("en");
        var settings = await RenderSettingsAsync();
        // Another admin saves the Zadarma tab while this page is open.
        await Services.GetRequiredService<SettingsStore>().UpdateAsync(s => s.RoutingReturnTimeout = 45);

        Field(settings, "suffix-field").Change("10");
        await settings.FindAll("button").Single(b => b.TextContent.Trim() == "Save").ClickAsync(new());

        var saved = await Services.GetRequiredService<SettingsStore>().GetAsync();
        Assert.Equal((10, 45), (saved.PhoneSuffixDigits, saved.RoutingReturnTimeout));
        Assert.Contains("Settings saved.", Services.GetRequiredService<ISnackbar>().ShownSnackbars.Select(s => s.Message));
    }

    [Fact]
    public async Task Digits_outside_six_to_twelve_are_brought_into_range()
    {
        UseCulture("en");
        var settings = await RenderSettingsAsync();

        Field(settings, "suffix-field").Change("20");

        settings.WaitForAssertion(() => Assert.Equal("12", Field(settings, "suffix-field").GetAttribute("value")));
    }

    [Fact]
    public async Task Without_a_country_nothing_is_saved()
    {
        UseCulture("ru");
        var settings = await RenderSettingsAsync("DE");

        Field(settings, "country-field").Input("");
        Field(settings, "country-field").Blur();
        await settings.FindAll("button").Single(b => b.TextContent.Trim() == "Сохранить").ClickAsync(new());

        settings.WaitForAssertion(() => Assert.Contains("Выберите страну.", settings.Find(".country-field").TextContent));
        Assert.Equal("DE", (await Services.GetRequiredService<SettingsStore>().GetAsync()).DefaultCountry);
    }

    [Fact]
    public async Task The_fields_are_named_by_their_labels()
    {
        UseCulture("pl");
        var settings = await RenderSettingsAsync();

        foreach (var input in settings.FindAll("input"))
        {
            var id = input.GetAttribute("id");
            Assert.False(string.IsNullOrWhiteSpace(settings.FindAll("label[for]").SingleOrDefault(l => l.GetAttribute("for") == id)?.TextContent), input.OuterHtml);
        }
    }

    private static IElement Field(IRenderedComponent<GeneralSettings> settings, string cssClass) => settings.Find($".{cssClass} input");
}
