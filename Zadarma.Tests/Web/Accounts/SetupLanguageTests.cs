using System.Net;
using Zadarma.Core.Accounts;
using Zadarma.Core.Demo;
using Zadarma.Core.Directory;
using Zadarma.Core.Paging;
using Zadarma.Tests.Infrastructure;

namespace Zadarma.Tests.Web.Accounts;

/// <summary>The language chosen at setup: the page's, the first admin's, and the demo data's.</summary>
public sealed class SetupLanguageTests : IAsyncLifetime
{
    private TestApp _app = default!;

    public async Task InitializeAsync() => _app = await TestApp.StartAsync();

    public async Task DisposeAsync() => await _app.DisposeAsync();

    private HttpClient Browser() =>
        new(new HttpClientHandler { AllowAutoRedirect = false, CookieContainer = new CookieContainer() }) { BaseAddress = _app.Address };

    [Fact]
    public async Task The_setup_page_switches_its_language_before_anyone_can_sign_in()
    {
        using var client = Browser();
        Assert.Contains("account/culture?culture=ru&amp;returnUrl=%2Fsetup", await client.GetStringAsync("/setup"));

        var switched = await client.GetAsync("/account/culture?culture=ru&returnUrl=%2Fsetup");

        Assert.Equal(HttpStatusCode.Redirect, switched.StatusCode);
        Assert.Equal("/setup", switched.Headers.Location?.OriginalString);
        var page = WebUtility.HtmlDecode(await client.GetStringAsync("/setup"));
        Assert.Contains("Добро пожаловать", page);
        Assert.Contains("<option value=\"ru\" lang=\"ru\" selected>Русский</option>", page);
    }

    [Fact]
    public async Task The_language_chosen_at_setup_is_the_admins_and_the_demo_datas()
    {
        using var client = Browser();

        var response = await Forms.PostSetupAsync(client, "boss", TestApp.AdminPassword, language: "pl");

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.Contains(response.Headers.GetValues("Set-Cookie"), c => c.StartsWith(".AspNetCore.Culture=c%3Dpl%7Cuic%3Dpl", StringComparison.Ordinal));
        var admin = (await _app.Get<UserAccounts>().SignInAsync("boss", TestApp.AdminPassword)).User!;
        Assert.Equal("pl", admin.Language);
        Assert.Contains("Połączenia", WebUtility.HtmlDecode(await client.GetStringAsync("/calls")));

        var demo = await _app.Get<DemoData>().LoadAsync(admin.Id);

        Assert.Equal("Katarzyna Nowicka", demo.LinkedEmployee);
        var clients = (await _app.Get<ClientStore>().ListAsync(new PageRequest(Take: 50))).Items;
        var first = clients.Single(c => c.Phones.Any(p => p.E164 == "+79991234567"));
        Assert.Equal(("Tomasz Wójcik", "Acme Sp. z o.o.", "Stały klient. Woli rozmowy po godzinie 14.", "Katarzyna Nowicka"),
            (first.Name, first.Company, first.Notes, first.ResponsibleName));
        Assert.Equal("komórkowy", first.Phones.Single().Label);
        Assert.Contains(clients, c => c.Notes == "Poznany na targach; interesuje się pakietem dla call center.");
    }

    [Fact]
    public async Task Demo_data_comes_in_russian_after_a_russian_setup()
    {
        using var client = Browser();
        await Forms.PostSetupAsync(client, "boss", TestApp.AdminPassword, language: "ru");
        var admin = (await _app.Get<UserAccounts>().SignInAsync("boss", TestApp.AdminPassword)).User!;

        await _app.Get<DemoData>().LoadAsync(admin.Id);

        var names = (await _app.Get<EmployeeStore>().ListAsync()).Select(e => e.Name);
        Assert.Equal(["Анна Ковальская", "Иван Соколов", "Ольга Петрова"], names.Order());
        var clients = (await _app.Get<ClientStore>().ListAsync(new PageRequest(Take: 50))).Items;
        Assert.Contains(clients, c => (c.Name, c.Company) == ("Дмитрий Волков", "ООО «Акме»"));
        Assert.All(clients, c => Assert.False(string.IsNullOrEmpty(c.Notes)));
    }
}
