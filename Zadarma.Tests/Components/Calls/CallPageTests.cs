using Bunit;
using Bunit.TestDoubles;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using MudBlazor;
using Zadarma.Blazor.Components.Calls;
using Zadarma.Blazor.Components.Recordings;
using Zadarma.Core.Accounts;
using Zadarma.Core.Api;
using Zadarma.Core.Calls;
using Zadarma.Core.Recordings;

namespace Zadarma.Tests.Components.Calls;

/// <summary>One call: who it was with and who looks after them, its note, and its times as the user reads them.</summary>
public sealed class CallPageTests : CallsTest
{
    private Task UsePageAsync() => UseCallsAsync(services =>
    {
        // Calls here carry their recordings' ids: Zadarma is never asked.
        services.AddSingleton<IZadarmaAccount>(new Unit.Api.FixedAccount(new ZadarmaCredentials(new Uri("http://pbx.test/"), "key", "secret")));
        services.AddZadarmaApi();
        services.AddRecordings(new ConfigurationBuilder().Build(), Path.Combine(Path.GetTempPath(), "unused-recordings"));
    });

    private IRenderedComponent<CallPage> Open(Call call)
    {
        Render<MudPopoverProvider>();
        var page = Render<CallPage>(p => p.Add(c => c.Id, call.Id));
        page.WaitForAssertion(() => Assert.NotEmpty(page.FindAll(".call-facts, .empty-state")));
        return page;
    }

    [Fact]
    public async Task The_page_shows_the_note_the_linked_client_and_their_manager_and_times_in_the_users_zone_and_language()
    {
        await UsePageAsync();
        UseCulture("ru");
        UseTimeZone("Asia/Yekaterinburg");
        await SignInAsync(Role.Supervisor);
        var call = await AddIncomingAsync(Dmitry, Olga, "+79991234567", new DateTime(2026, 3, 9, 19, 30, 0, DateTimeKind.Utc),
            answeredBy: "101", answeredByEmployee: Ivan, note: "Просит перезвонить\nпосле обеда");

        var page = Open(call);

        var client = page.Find(".call-clients a.call-client");
        Assert.Equal(("Dmitry Volkov", $"clients/{Dmitry}"), (client.TextContent, client.GetAttribute("href")));
        Assert.Equal("Ответственный: Olga Petrova", page.Find(".call-client-manager").TextContent);
        Assert.Equal("Просит перезвонить\nпосле обеда", page.Find(".call-note-body").TextContent);
        Assert.Equal("10 марта 2026, 00:30:00", page.Find(".call-started").TextContent);
        Assert.Equal("Asia/Yekaterinburg, UTC+05:00", page.Find(".call-zone").TextContent);
        Assert.Equal("101 · Ivan Sokolov", page.Find(".call-answered-by").TextContent);
        Assert.Contains("Отвечен", page.Find(".call-result").TextContent);
    }

    [Fact]
    public async Task A_call_with_no_client_says_so_and_a_long_number_keeps_its_whole_text_on_hover()
    {
        await UsePageAsync();
        UseCulture("pl");
        await SignInAsync(Role.Admin);
        var call = await Db.AddCallAsync(new Call
        {
            PbxCallId = "in_unknown", Direction = CallDirection.Incoming, ClientNumberRaw = "00123456789012345678901234567890", StartUtc = Now,
        });

        var page = Open(call);

        Assert.Equal("Brak w CRM", page.Find(".call-no-client").TextContent);
        var number = page.Find(".call-number .truncated");
        Assert.Equal(number.TextContent, number.GetAttribute("title"));
        Assert.Equal("Brak notatki do tego połączenia.", page.Find(".call-note-empty").TextContent);
    }

    [Fact]
    public async Task A_note_changed_on_the_page_is_saved_and_announced()
    {
        await UsePageAsync();
        UseCulture("en");
        await SignInAsync(Role.Agent, Olga);
        var call = await AddIncomingAsync(Dmitry, Olga, "+79991234567", Now.AddMinutes(-5), answeredBy: "100", answeredByEmployee: Olga);
        var announced = new List<CallChange>();
        Events.Changed += announced.Add;
        var page = Open(call);

        await page.Find("button.call-note-edit").ClickAsync(new());
        await page.Find(".call-note-input textarea").InputAsync(new() { Value = "Sent the contract" });
        await page.Find("button.call-note-save").ClickAsync(new());

        page.WaitForAssertion(() => Assert.Equal("Sent the contract", page.Find(".call-note-body").TextContent));
        Assert.Equal("Sent the contract", (await new CallJournal(Db.Factory).FindAsync(call.Id))!.Note);
        Assert.Equal(call.Id, Assert.Single(announced).CallId);
    }

    [Fact]
    public async Task An_agent_finds_only_the_calls_that_concern_them_and_hears_only_their_own()
    {
        await UsePageAsync();
        UseCulture("en");
        await AllowAgentsToListenAsync();
        await SignInAsync(Role.Agent, Ivan);
        var olgas = await AddIncomingAsync(Dmitry, Olga, "+79991234567", Now.AddMinutes(-5), answeredBy: "100", answeredByEmployee: Olga, recorded: true);
        var own = await AddIncomingAsync(Marta, Ivan, "+48601234567", Now.AddMinutes(-4), answeredBy: "101", answeredByEmployee: Ivan, recorded: true);

        var other = Open(olgas);
        Assert.Contains("There is no such call", other.Find(".empty-state").TextContent);
        Assert.Empty(other.FindAll(".call-facts"));
        await DisposeComponentsAsync();

        var mine = Open(own);
        var player = mine.FindComponent<Stub<RecordingPlayer>>();
        Assert.Equal(["rec-1"], player.Instance.Parameters.Get(p => p.RecordingIds));
    }
}
