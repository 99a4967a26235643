using System.Globalization;
using System.Text.RegularExpressions;
using Microsoft.Playwright;
using Zadarma.Core.Calls;
using Zadarma.Core.Recordings;
using Zadarma.Tests.Infrastructure;
using static Zadarma.Tests.Web.Recordings.RecordingScenario;

namespace Zadarma.Tests.Browser.Recordings;

public sealed class RecordingPlayerTests(BrowserFixture browser) : IClassFixture<BrowserFixture>, IAsyncLifetime
{
    private TestApp _app = default!;
    private Call _call = default!;

    public async Task InitializeAsync()
    {
        _app = await StartAsync();
        _call = await RecordedCallAsync(_app);
    }

    public async Task DisposeAsync() => await _app.DisposeAsync();

    [Fact]
    public async Task A_supervisor_plays_a_recording_inline_remotely_and_from_a_local_copy()
    {
        foreach (var remote in new[] { true, false })
        {
            await SetAsync(_app, remote);
            var page = await browser.NewPageAsync(_app);
            await page.SignInAsync(Supervisor);
            await page.OpenAsync($"calls/{_call.Id}");

            await Assertions.Expect(page.Locator(".call-answered-by")).ToHaveTextAsync("100 · Olga Petrova");
            var audio = page.Locator("audio.recording-audio");
            await Assertions.Expect(audio).ToHaveCountAsync(1);
            await Assertions.Expect(audio).ToHaveAttributeAsync("preload", "none");
            await page.GetByText("1.5×").ClickAsync();
            await audio.EvaluateAsync("a => a.play()");
            await page.WaitForFunctionAsync("() => document.querySelector('audio.recording-audio').currentTime > 1.2");

            Assert.Equal(1.5, await audio.EvaluateAsync<double>("a => a.playbackRate"));
            await audio.EvaluateAsync("a => a.pause()");
            await Screenshots.SaveAsync(page, remote ? "call-recording-remote" : "call-recording-local");
            await page.Context.CloseAsync();
        }

        var audit = await AuditAsync(_app);
        Assert.Contains(audit, a => (a.UserName, a.Action, a.Source) == (Supervisor, RecordingAction.Play, RecordingSource.Remote));
        Assert.Contains(audit, a => (a.UserName, a.Action, a.Source) == (Supervisor, RecordingAction.Play, RecordingSource.Local));

        var admin = await browser.NewPageAsync(_app);
        await admin.SignInAsync("admin");
        await admin.GetByText("Recording audit").ClickAsync();
        await Assertions.Expect(admin.Locator(".recording-audit-grid tbody tr").First).ToContainTextAsync(Supervisor);
        await Assertions.Expect(admin.Locator(".recording-audit-grid tbody tr").First).ToContainTextAsync("Local copy");
        await Screenshots.SaveAsync(admin, "recording-audit");
    }

    [Fact]
    public async Task A_link_that_died_before_its_time_is_renewed_once_and_the_play_goes_on()
    {
        await SetAsync(_app, remote: true);
        // What the cache holds when Zadarma revoked a link early: the player meets a 404 behind the redirect.
        var dead = new Uri(_app.Address, "sandbox/zadarma/recordings/revoked.wav");
        await _app.Get<RecordingLinkCache>().GetAsync("rec:" + _call.RecordingIds[0],
            _ => Task.FromResult(new CachedLinks([dead], DateTime.UtcNow.AddHours(1))));

        var page = await browser.NewPageAsync(_app);
        await page.SignInAsync(Supervisor);
        await page.OpenAsync($"calls/{_call.Id}");
        var audio = page.Locator("audio.recording-audio");
        await audio.EvaluateAsync("a => a.play().catch(() => {})");
        await page.WaitForFunctionAsync("() => document.querySelector('audio.recording-audio').currentTime > 0.5");

        await Assertions.Expect(page.Locator(".recording-error")).ToHaveCountAsync(0);
        Assert.EndsWith("?renewed=1", await audio.EvaluateAsync<string>("a => a.currentSrc"), StringComparison.Ordinal);
    }

    [Fact]
    public async Task The_call_page_speaks_russian_with_dates_and_speeds_in_russian_form()
    {
        var page = await browser.NewPageAsync(_app, locale: "ru-RU");
        await page.SignInAsync(Supervisor, TestApp.AdminPassword, "Имя пользователя", "Пароль", "Войти");
        await page.OpenAsync($"calls/{_call.Id}");

        await Assertions.Expect(page.Locator(".call-facts")).ToContainTextAsync("Входящий");
        // Whatever month the call falls in, it is written as a Russian date: "1 декабря 2026 г.".
        var months = string.Join("|", new CultureInfo("ru-RU").DateTimeFormat.MonthGenitiveNames.Where(m => m.Length > 0));
        await Assertions.Expect(page.Locator(".call-started")).ToHaveTextAsync(new Regex($@"\d{{1,2}}\s({months})\s\d{{4}}\sг\."));
        await Assertions.Expect(page.Locator(".recording-speed")).ToContainTextAsync("1,25×");
        await Assertions.Expect(page.Locator(".recording-download")).ToContainTextAsync("Скачать");
        await Screenshots.SaveAsync(page, "call-recording-ru");
    }

    [Fact]
    public async Task Agents_hear_their_own_calls_only_after_an_admin_allows_it_and_never_other_agents_calls()
    {
        await SetAsync(_app, remote: false, agentsMayListen: false);
        var address = $"recordings/{_call.Id}/{Uri.EscapeDataString(_call.RecordingIds[0])}";

        var olga = await browser.NewPageAsync(_app);
        await olga.SignInAsync(Agent);
        await olga.OpenAsync($"calls/{_call.Id}");
        await Assertions.Expect(olga.Locator(".call-facts")).ToBeVisibleAsync();
        await Assertions.Expect(olga.Locator("audio")).ToHaveCountAsync(0);
        Assert.Equal(403, (await olga.APIRequest.GetAsync(address)).Status);

        var admin = await browser.NewPageAsync(_app);
        await admin.SignInAsync("admin");
        await admin.OpenAsync("settings/zadarma");
        await admin.GetByText("Agents may listen to their own calls").ClickAsync();
        await admin.GetByRole(AriaRole.Button, new() { Name = "Save", Exact = true }).ClickAsync();
        await Assertions.Expect(admin.GetByText("Settings saved").First).ToBeVisibleAsync();
        Assert.True((await _app.Get<Core.Settings.SettingsStore>().GetAsync()).AgentsMayListenToOwnCalls);
        await Screenshots.SaveAsync(admin, "settings-zadarma-recordings");

        await olga.ReloadAsync();
        await olga.WaitForInteractiveAsync();
        await Assertions.Expect(olga.Locator("audio.recording-audio")).ToHaveCountAsync(1);
        Assert.Equal(200, (await olga.APIRequest.GetAsync(address)).Status);

        var ivan = await browser.NewPageAsync(_app);
        await ivan.SignInAsync(OtherAgent);
        await ivan.OpenAsync($"calls/{_call.Id}");
        // Another agent's call is not shown at all, as on the Calls page.
        await Assertions.Expect(ivan.Locator(".empty-state")).ToBeVisibleAsync();
        await Assertions.Expect(ivan.Locator(".call-facts")).ToHaveCountAsync(0);
        await Assertions.Expect(ivan.Locator("audio")).ToHaveCountAsync(0);
        Assert.Equal(403, (await ivan.APIRequest.GetAsync(address)).Status);
        await Screenshots.SaveAsync(ivan, "call-without-permission");
    }
}
