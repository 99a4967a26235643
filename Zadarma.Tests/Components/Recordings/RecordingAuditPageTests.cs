using Bunit;
using Microsoft.Extensions.DependencyInjection;
using MudBlazor;
using Zadarma.Blazor.Components.Recordings;
using Zadarma.Blazor.Time;
using Zadarma.Core.Accounts;
using Zadarma.Core.Calls;
using Zadarma.Core.Recordings;
using Zadarma.Tests.Infrastructure;

namespace Zadarma.Tests.Components.Recordings;

public sealed class RecordingAuditPageTests : ComponentTest
{
    private static readonly DateTimeOffset Start = new(2026, 3, 12, 9, 5, 30, TimeSpan.Zero);

    private readonly TestClock _clock = new(Start);
    private IRenderedComponent<MudPopoverProvider> _popovers = default!;
    private Call _call = default!;

    /// <summary>The admin, sofia and ivan; <paramref name="plays"/> plays by sofia and a download by ivan, a minute apart.</summary>
    private async Task<(User Sofia, User Ivan)> WithAuditAsync(int plays = 1)
    {
        var db = await UseDatabaseAsync();
        Services.AddSingleton(new RecordingAuditLog(db.Factory, _clock));
        var auth = AddAuthorization();
        var accounts = Services.GetRequiredService<UserAccounts>();
        var admin = await accounts.CreateFirstAdminAsync("admin", "admin-pass-1");
        auth.As(admin);
        var sofia = await accounts.CreateAsync("sofia", "super-pass-1", Role.Supervisor);
        var ivan = await accounts.CreateAsync("ivan", "agent-pass-1", Role.Agent);
        _call = await db.AddCallAsync(new Call { PbxCallId = "in_1", Direction = CallDirection.Incoming, IsRecorded = true, RecordingIds = ["1705309200.12345"] });

        var audit = Services.GetRequiredService<RecordingAuditLog>();
        for (var i = 0; i < plays; i++)
        {
            await audit.WriteAsync(new RecordingListener(sofia.Id, sofia.UserName, sofia.Role), _call, "1705309200.12345", RecordingAction.Play, RecordingSource.Local);
            _clock.Advance(TimeSpan.FromMinutes(1));
        }
        await audit.WriteAsync(new RecordingListener(ivan.Id, ivan.UserName, ivan.Role), _call, "1705309200.12345", RecordingAction.Download, RecordingSource.Remote);
        _popovers = Render<MudPopoverProvider>();
        return (sofia, ivan);
    }

    private IRenderedComponent<RecordingAuditPage> RenderPage(int rows)
    {
        var page = Render<RecordingAuditPage>();
        page.WaitForAssertion(() => Assert.Equal(rows, page.FindAll(".recording-audit-grid tbody tr.mud-table-row").Count));
        return page;
    }

    private static string[][] Rows(IRenderedComponent<RecordingAuditPage> page) =>
        page.FindAll(".recording-audit-grid tbody tr.mud-table-row").Select(r => r.QuerySelectorAll("td").Select(td => td.TextContent.Trim()).ToArray()).ToArray();

    [Fact]
    public async Task Entries_come_newest_first_in_the_users_language_and_time_zone()
    {
        UseCulture("ru");
        await WithAuditAsync();
        Services.GetRequiredService<UserTime>().Use("Europe/Moscow", 0);

        var page = RenderPage(rows: 2);

        Assert.Equal(["Когда", "Кто", "Звонок", "Запись", "Действие", "Откуда"], page.FindAll(".recording-audit-grid thead th").Select(th => th.TextContent.Trim()));
        Assert.Equal(["12.03.2026 12:06", "ivan", $"#{_call.Id}", "1705309200.12345", "Скачивание", "Ссылка Zadarma"], Rows(page)[0]);
        Assert.Equal(["12.03.2026 12:05", "sofia", $"#{_call.Id}", "1705309200.12345", "Прослушивание", "Локальная копия"], Rows(page)[1]);
        Assert.Equal("12 марта 2026, 12:05:30", page.FindAll(".recording-audit-time")[1].GetAttribute("title"));
        Assert.Equal($"calls/{_call.Id}", page.Find(".recording-audit-grid tbody a").GetAttribute("href"));
        Assert.Equal($"Звонок {_call.Id}", page.Find(".recording-audit-grid tbody a").GetAttribute("aria-label"));
    }

    [Fact]
    public async Task A_long_log_is_read_a_page_at_a_time_from_the_database()
    {
        UseCulture("en");
        await WithAuditAsync(plays: 24);

        var page = RenderPage(rows: 20);

        Assert.Contains("1-20 of 25", page.Find(".mud-table-pagination").TextContent);
        await page.Find(".mud-table-pagination button[aria-label='Next page']").ClickAsync(new());
        page.WaitForAssertion(() => Assert.Equal(5, page.FindAll(".recording-audit-grid tbody tr.mud-table-row").Count));
    }

    [Fact]
    public async Task The_log_is_narrowed_to_one_listener_found_by_name()
    {
        UseCulture("pl");
        await WithAuditAsync(plays: 3);
        var page = RenderPage(rows: 4);

        await page.Find(".recording-audit-user input").InputAsync("iva");
        _popovers.WaitForAssertion(() => Assert.Equal(["ivan"], _popovers.FindAll(".mud-popover-open .mud-list-item").Select(i => i.TextContent.Trim())));
        await _popovers.Find(".mud-popover-open .mud-list-item").ClickAsync(new());

        page.WaitForAssertion(() => Assert.Equal(["ivan"], Rows(page).Select(r => r[1])));
        Assert.Equal("Kto odsłuchiwał", page.Find(".recording-audit-user label").TextContent);
    }

    [Fact]
    public async Task An_empty_log_says_so()
    {
        UseCulture("ru");
        await UseDatabaseAsync();
        Services.AddSingleton(new RecordingAuditLog(Database!.Factory, _clock));
        AddAuthorization().As(1, "admin", Role.Admin);

        var page = Render<RecordingAuditPage>();

        page.WaitForAssertion(() => Assert.Equal("Записи ещё никто не слушал и не скачивал.", page.Find(".recordings-empty").TextContent.Trim()));
    }
}
