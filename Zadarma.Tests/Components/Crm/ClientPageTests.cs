using Bunit;
using Microsoft.Extensions.DependencyInjection;
using Zadarma.Blazor.Components.Calls;
using Zadarma.Blazor.Components.Crm;
using Zadarma.Blazor.Time;
using Zadarma.Core.Accounts;
using Zadarma.Core.Directory;

namespace Zadarma.Tests.Components.Crm;

public sealed class ClientPageTests : CrmTest
{
    private const string LongCompany = "Торговый дом Северо-Западного федерального округа и Калининградской области";
    private int _acme;

    public ClientPageTests()
    {
        // The client's call history is the journal's grid, tested with the journal.
        ComponentFactories.AddStub<CallGrid>(p => $"<div class=\"call-history\" data-client=\"{p.Get(g => g.ClientId)}\"></div>");
    }

    /// <summary>The page over a few records; the test starts first (<see cref="CrmTest.StartAsync"/>), so its culture holds.</summary>
    private async Task<IRenderedComponent<ClientPage>> OpenAsync()
    {
        var olga = await Employees.SaveAsync(new EmployeeEdit { Name = "Olga Petrova" });
        var saved = await Clients.SaveAsync(new ClientEdit
        {
            Name = "Acme Ltd",
            Company = LongCompany,
            Notes = "Calls on Mondays",
            ResponsibleEmployeeId = olga,
            Phones = [new PhoneEdit { Label = "office", Number = "+7 999 123 45 67" }, new PhoneEdit { Number = "+48 601 234 567" }],
        });
        _acme = saved.Id!.Value;
        var page = Render<ClientPage>(p => p.Add(c => c.Id, _acme));
        page.WaitForElement(".client-title");
        return page;
    }

    [Fact]
    public async Task The_page_shows_the_card_and_the_clients_call_history()
    {
        await StartAsync(Role.Agent, "ru");
        var page = await OpenAsync();

        Assert.Equal("H1", page.Find(".client-title").TagName);
        Assert.Equal(["8\u00A0(999)\u00A0123-45-67", "+48\u00A0601\u00A0234\u00A0567"], page.FindAll(".client-card .phone-text").Select(p => p.TextContent));
        Assert.Equal(["+79991234567", "+48601234567"], page.FindAll(".client-card .click-to-call").Select(b => b.GetAttribute("data-number")));
        Assert.Equal("office", page.Find(".client-card .phone-label").TextContent);
        Assert.Equal("Olga Petrova", page.Find(".client-responsible").TextContent);
        Assert.Equal("Calls on Mondays", page.Find(".client-notes").TextContent);
        Assert.Equal(_acme.ToString(), page.Find(".call-history").GetAttribute("data-client"));
    }

    [Fact]
    public async Task The_date_added_is_shown_in_the_users_zone_and_format()
    {
        await StartAsync(Role.Agent, "pl");
        var page = await OpenAsync();
        var time = Services.GetRequiredService<UserTime>();
        time.Use("Asia/Vladivostok", 0);
        page.Render();

        var created = (await Clients.GetAsync(_acme))!.CreatedUtc;
        Assert.Equal(time.Date(created), page.Find(".client-added").TextContent);
        Assert.Matches(@"^\d{2}\.\d{2}\.\d{4}$", page.Find(".client-added").TextContent);
    }

    [Fact]
    public async Task A_long_company_is_cut_with_the_whole_of_it_on_hover()
    {
        await StartAsync(Role.Agent);
        var page = await OpenAsync();

        var company = page.Find(".client-company");
        Assert.Contains("crm-truncate", company.ClassList);
        Assert.Equal(LongCompany, company.GetAttribute("title"));
        Assert.Equal("Acme Ltd", page.Find(".client-title").GetAttribute("title"));
    }

    [Fact]
    public async Task An_agent_edits_the_client_but_has_no_delete()
    {
        await StartAsync(Role.Agent);
        var page = await OpenAsync();

        Assert.Single(page.FindAll(".client-edit"));
        Assert.Empty(page.FindAll(".client-delete"));
    }

    [Fact]
    public async Task A_supervisor_deletes_the_client_after_confirming_and_the_page_says_so_with_a_way_back()
    {
        await StartAsync(Role.Supervisor, "ru");
        var page = await OpenAsync();
        var actions = page.FindAll(".client-header .crm-tools button");
        Assert.Equal("client-delete", actions[^1].ClassList.Last(c => c.StartsWith("client-")));
        Assert.Contains("mud-button-outlined-error", actions[^1].ClassList);

        Open(page.Find(".client-delete"));
        await DialogProvider.WaitForElement(".delete-client-confirm").ClickAsync(new());

        page.WaitForAssertion(() => Assert.Contains("Клиент Acme Ltd удалён. Звонки с ним остались в журнале.", page.Find(".client-deleted").TextContent));
        Assert.Equal("clients", page.Find(".client-deleted a").GetAttribute("href"));
        Assert.Empty(page.FindAll(".call-history"));
        Assert.Null(await Clients.GetAsync(_acme));
    }

    [Fact]
    public async Task An_edit_shows_at_once()
    {
        await StartAsync(Role.Agent);
        var page = await OpenAsync();

        Open(page.Find(".client-edit"));
        DialogProvider.WaitForElement(".client-form .client-name input").Change("Acme International");
        await DialogProvider.Find(".client-form form").SubmitAsync();

        page.WaitForAssertion(() => Assert.Equal("Acme International", page.Find(".client-title").TextContent));
    }

    [Fact]
    public async Task A_client_that_is_gone_says_so()
    {
        await StartAsync(Role.Agent, "pl");

        var page = Render<ClientPage>(p => p.Add(c => c.Id, 4242));

        page.WaitForAssertion(() => Assert.Contains("Ten klient już nie istnieje.", page.Markup));
        Assert.Equal("clients", page.Find("a").GetAttribute("href"));
    }
}
