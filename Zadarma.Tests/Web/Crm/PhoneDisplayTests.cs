using System.Net;
using Zadarma.Core.Accounts;
using Zadarma.Core.Directory;
using Zadarma.Core.Settings;
using Zadarma.Tests.Infrastructure;

namespace Zadarma.Tests.Web.Crm;

/// <summary>
/// A client's page shows each number as people of the default country read it, in one unbreakable piece; dialling it on
/// this device is a small link of its own that keeps E.164.
/// </summary>
public sealed class PhoneDisplayTests : IAsyncLifetime
{
    private readonly AppFactory _app = new();
    private int _clientId;

    public async Task InitializeAsync()
    {
        await _app.CreateUserAsync("admin", Role.Admin);
        var saved = await _app.Get<ClientStore>().SaveAsync(new ClientEdit
        {
            Name = "Acme",
            Phones = [new PhoneEdit { Label = "office", Number = "8 (999) 123-45-67" }, new PhoneEdit { Label = "Warsaw", Number = "+48 601 234 567" }],
        });
        _clientId = saved.Id!.Value;
    }

    public async Task DisposeAsync() => await _app.DisposeAsync();

    [Theory]
    [InlineData("RU", "8 (999) 123-45-67", "+48 601 234 567")]
    [InlineData("PL", "+7 999 123-45-67", "601 234 567")]
    public async Task Numbers_of_the_default_country_are_national_and_others_international(string country, string russian, string polish)
    {
        await _app.Get<SettingsStore>().UpdateAsync(s => s.DefaultCountry = country);
        var client = await _app.SignInAsync("admin");

        var page = WebUtility.HtmlDecode(await client.GetStringAsync($"/clients/{_clientId}"));

        Assert.Contains($"<span class=\"phone-text\" title=\"+79991234567\">{Unbreakable(russian)}</span>", page);
        Assert.Contains($"<span class=\"phone-text\" title=\"+48601234567\">{Unbreakable(polish)}</span>", page);
        Assert.Contains($"href=\"tel:+79991234567\" title=\"Dial {russian} on this device\" aria-label=\"Dial {russian} on this device\"", page);
        Assert.Contains($"href=\"tel:+48601234567\" title=\"Dial {polish} on this device\" aria-label=\"Dial {polish} on this device\"", page);
    }

    private static string Unbreakable(string number) => number.Replace(' ', '\u00A0');
}
