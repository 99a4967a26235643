using System.Net;
using Zadarma.Core.Accounts;
using Zadarma.Core.Settings;
using Zadarma.Tests.Infrastructure;

namespace Zadarma.Tests.Web.Integrations;

/// <summary>The settings pages in Russian and Polish: field labels and country names in the reader's language.</summary>
public sealed class TranslatedSettingsTests : IAsyncLifetime
{
    private readonly AppFactory _app = new();

    public async Task InitializeAsync()
    {
        await _app.CreateUserAsync("admin", Role.Admin);
        var settings = await _app.Get<SettingsStore>().GetAsync();
        settings.DefaultCountry = "DE";
        await _app.Get<SettingsStore>().SaveAsync(settings);
        var edit = await _app.Get<ZadarmaConnection>().LoadAsync();
        edit.UseSandbox = false;
        edit.Key = "key-1";
        edit.NewSecret = "secret-1";
        Assert.Empty(await _app.Get<ZadarmaConnection>().SaveAsync(edit));
    }

    public async Task DisposeAsync() => await _app.DisposeAsync();

    [Theory]
    [InlineData("ru", "Германия", "Адрес API", "Ключ", "Секрет")]
    [InlineData("pl", "Niemcy", "Adres API", "Klucz", "Sekret")]
    public async Task Labels_and_countries_follow_the_ui_language(string culture, string germany, string url, string key, string secret)
    {
        var client = await _app.SignInAsync("admin");
        Assert.Equal(HttpStatusCode.Redirect, (await client.GetAsync($"/account/culture?culture={culture}&returnUrl=/settings")).StatusCode);

        // Pages write letters outside Latin as character references.
        var general = WebUtility.HtmlDecode(await client.GetStringAsync("/settings"));
        var zadarma = WebUtility.HtmlDecode(await client.GetStringAsync("/settings/integrations/zadarma"));

        Assert.Contains(germany, general);
        Assert.DoesNotContain("Germany", general);
        Assert.Contains($">{url}<", zadarma);
        Assert.Contains($">{key}<", zadarma);
        Assert.Contains($">{secret}<", zadarma);
    }
}
