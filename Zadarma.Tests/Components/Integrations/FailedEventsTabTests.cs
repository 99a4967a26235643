using Bunit;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging.Abstractions;
using MudBlazor;
using Zadarma.Blazor.Components.Integrations;
using Zadarma.Blazor.Time;
using Zadarma.Core.Calls;
using Zadarma.Core.Persistence;
using Zadarma.Core.Routing;
using Zadarma.Core.Webhooks;
using Zadarma.Tests.Infrastructure;
using static Zadarma.Tests.Unit.Webhooks.Notifications;

namespace Zadarma.Tests.Components.Integrations;

public sealed class FailedEventsTabTests : ComponentTest, IAsyncLifetime
{
    private static readonly DateTime Received = new(2024, 1, 15, 7, 0, 0, DateTimeKind.Utc);
    private TestDatabase _db = default!;

    async Task IAsyncLifetime.InitializeAsync()
    {
        _db = await UseDatabaseAsync();
        await RunningInbox.AddAsync(Services, _db);
    }

    [Fact]
    public async Task Waiting_events_are_listed_with_times_in_the_users_zone_and_format()
    {
        UseCulture("ru");
        await AddFailedAsync("in_1", "Timeout: the database was busy", attempts: 2);
        Services.GetRequiredService<UserTime>().Use("Asia/Yekaterinburg", 180);

        var tab = RenderTab();

        var row = tab.WaitForElement(".failed-events-grid tbody tr.mud-table-row");
        Assert.Equal("15.01.2024 12:00", row.QuerySelector(".event-received")!.TextContent.Trim());
        Assert.Contains("NOTIFY_START", row.TextContent);
        Assert.Contains("in_1", row.TextContent);
        var error = row.QuerySelector(".event-error")!;
        Assert.Equal("Timeout: the database was busy", error.GetAttribute("title"));
        Assert.Contains("pbx_call_id=in_1", row.QuerySelector(".failed-event-fields")!.TextContent);
    }

    [Fact]
    public void Nothing_waiting_says_so()
    {
        UseCulture("pl");
        var tab = RenderTab();

        tab.WaitForAssertion(() => Assert.Contains("Brak", tab.Find(".failed-events-grid").TextContent));
    }

    [Fact]
    public async Task Retry_now_applies_the_waiting_events_and_the_list_empties()
    {
        UseCulture("en");
        await AddFailedAsync("in_retry", "Applying failed", attempts: 1);
        var tab = RenderTab();
        tab.WaitForElement(".failed-events-grid tbody tr.mud-table-row");

        await tab.Find(".retry-now").ClickAsync(new());

        tab.WaitForAssertion(() => Assert.Contains("No failed events", tab.Find(".failed-events-grid").TextContent));
        Assert.Contains("1 waiting event(s) tried again.", Services.GetRequiredService<ISnackbar>().ShownSnackbars.Select(s => s.Message));
        await using var db = await _db.Factory.CreateDbContextAsync();
        Assert.Single(db.Calls, c => c.PbxCallId == "in_retry");
    }

    [Fact]
    public async Task The_list_is_read_a_page_at_a_time()
    {
        UseCulture("en");
        for (var i = 0; i < 23; i++)
            await AddFailedAsync($"in_{i:00}", "Applying failed", attempts: 1, received: Received.AddMinutes(i));

        var tab = RenderTab();

        tab.WaitForAssertion(() => Assert.Equal(20, tab.FindAll(".failed-events-grid tbody tr.mud-table-row").Count));
        Assert.Contains("in_19", tab.FindAll(".failed-events-grid tbody tr.mud-table-row")[^1].TextContent);
    }

    private IRenderedComponent<FailedEventsTab> RenderTab()
    {
        Render<MudPopoverProvider>();
        return Render<FailedEventsTab>();
    }

    /// <summary>A notification stored but not applied, as the inbox leaves one that failed.</summary>
    private async Task AddFailedAsync(string pbxCallId, string error, int attempts, DateTime? received = null)
    {
        var webhook = Event(Start(pbxCallId, "79991234567"), received ?? Received);
        await using var db = await _db.Factory.CreateDbContextAsync();
        db.InboxEvents.Add(new InboxEvent
        {
            Key = webhook.Key, Event = webhook.Name, PbxCallId = webhook.PbxCallId, Fields = webhook.FieldsJson(),
            ReceivedUtc = webhook.ReceivedUtc, Attempts = attempts, LastError = error, NextAttemptUtc = DateTime.UtcNow.AddHours(1),
        });
        await db.SaveChangesAsync();
    }
}
