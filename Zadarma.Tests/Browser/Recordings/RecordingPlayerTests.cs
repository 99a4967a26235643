using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;
using Microsoft.Playwright;
using Zadarma.Core.Calls;
using Zadarma.Core.Persistence;
using Zadarma.Core.Recordings;
using Zadarma.Core.Sandbox;
using Zadarma.Tests.Infrastructure;
using static Zadarma.Tests.Web.Recordings.RecordingScenario;

namespace Zadarma.Tests.Browser.Recordings;

public sealed class RecordingPlayerTests(BrowserFixture browser) : IClassFixture<BrowserFixture>, IAsyncLifetime
{
    // The PBX's own clock: moved ahead, it expires the links the app still holds.
    private readonly SkewedClock _pbxClock = new();
    private TestApp _app = default!;
    private Call _call = default!;

    public async Task InitializeAsync()
    {
        _app = await StartAsync(services: s => s.AddKeyedSingleton<TimeProvider>(SandboxRegistration.ClockKey, _pbxClock));
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
            await page.SignInAsync(Supervisor, to: $"calls/{_call.Id}");

            var audio = page.Locator("audio.recording-audio");
            await Assertions.Expect(audio).ToHaveCountAsync(1);
            await Assertions.Expect(audio).ToHaveAttributeAsync("preload", "none");
            await page.GetByRole(AriaRole.Group, new() { Name = "Playback speed" }).GetByText("1.5×").ClickAsync();
            await page.WaitForFunctionAsync("() => document.querySelector('audio.recording-audio').defaultPlaybackRate === 1.5");
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
    }

    [Fact]
    public async Task Leaving_a_call_while_its_player_loads_breaks_nothing()
    {
        var page = await browser.NewPageAsync(_app);
        // The player's script (its address carries a fingerprint) is held until the supervisor has gone to another page.
        var requested = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        var release = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        await page.RouteAsync("**/RecordingPlayer.*js", async route =>
        {
            requested.TrySetResult();
            await release.Task;
            await route.ContinueAsync();
        });
        await page.SignInAsync(Supervisor, to: $"calls/{_call.Id}");
        await requested.Task.WaitAsync(TimeSpan.FromSeconds(15));

        await page.GetByRole(AriaRole.Link, new() { Name = "Clients" }).ClickAsync();
        await Assertions.Expect(page.GetByRole(AriaRole.Heading, new() { Name = "Clients" })).ToBeVisibleAsync();
        var loaded = page.WaitForResponseAsync("**/RecordingPlayer.*js");
        release.SetResult();
        await loaded;

        // The script arrives for a player that is gone: the page the supervisor is on stays as it is, and its circuit
        // answers the next click (the menu opens only through it).
        await page.GetByRole(AriaRole.Button, new() { Name = Supervisor, Exact = true }).ClickAsync();
        await Assertions.Expect(page.GetByRole(AriaRole.Button, new() { Name = "Sign out" })).ToBeVisibleAsync();
        await Assertions.Expect(page.Locator(".mud-alert")).ToHaveCountAsync(0);
        await Assertions.Expect(page.GetByRole(AriaRole.Heading, new() { Name = "Clients" })).ToBeVisibleAsync();
    }

    [Fact]
    public async Task A_link_that_expired_under_the_player_is_renewed_once_and_the_play_goes_on_as_one_play()
    {
        await SetAsync(_app, remote: true);
        var page = await browser.NewPageAsync(_app);
        await page.SignInAsync(Supervisor, to: $"calls/{_call.Id}");
        var audio = page.Locator("audio.recording-audio");
        await audio.EvaluateAsync("a => a.play()");
        await page.WaitForFunctionAsync("() => document.querySelector('audio.recording-audio').currentTime > 0.5");
        await audio.EvaluateAsync("a => a.pause()");

        // Past the link's lifetime by the PBX's clock, while the app's clock says the cached link still lives.
        _pbxClock.Ahead = _app.Get<IOptions<RecordingOptions>>().Value.RemoteLinkLifetime + TimeSpan.FromSeconds(1);
        await page.ReloadAsync();
        await page.WaitForInteractiveAsync();
        await audio.EvaluateAsync("a => a.play().catch(() => {})");
        await page.WaitForFunctionAsync("() => document.querySelector('audio.recording-audio').currentTime > 0.5");

        await Assertions.Expect(page.Locator(".recording-error")).ToHaveCountAsync(0);
        Assert.Contains("?play=", await audio.EvaluateAsync<string>("a => a.currentSrc"), StringComparison.Ordinal);
        // Two plays, two entries: the replay after the renewal is not a third.
        Assert.Equal(2, (await AuditAsync(_app)).Count);
    }

    [Fact]
    public async Task A_supervisor_plays_a_recording_inline_in_the_calls_grid()
    {
        await SetAsync(_app, remote: false);
        var page = await browser.NewPageAsync(_app);
        await page.SignInAsync(Supervisor, to: "calls");

        var audio = page.Locator($".recording-player.compact[data-call='{_call.Id}'] audio.recording-audio");
        await Assertions.Expect(audio).ToHaveCountAsync(1);
        await audio.EvaluateAsync("a => a.play()");
        await page.WaitForFunctionAsync("a => a.currentTime > 1", await audio.ElementHandleAsync());
        await audio.EvaluateAsync("a => a.pause()");

        var entry = Assert.Single(await AuditAsync(_app));
        Assert.Equal((Supervisor, _call.Id, RecordingAction.Play, RecordingSource.Local), (entry.UserName, entry.CallId, entry.Action, entry.Source));
        await Screenshots.SaveAsync(page, "calls-grid-recording");
    }

    [Fact]
    public async Task A_call_recorded_without_ids_lists_its_recordings_from_zadarma_when_played_in_the_grid()
    {
        await SetAsync(_app, remote: true);
        var legs = await RecordedCallAsync(_app, 101);
        // NOTIFY_END said "recorded" without naming a recording, and Zadarma keeps two legs of the call.
        await using (var db = await _app.Get<IDbContextFactory<ZadarmaDb>>().CreateDbContextAsync())
        {
            var stored = await db.Calls.SingleAsync(c => c.Id == legs.Id);
            stored.RecordingIds = [];
            await db.SaveChangesAsync();
        }
        var pbx = _app.Get<SandboxPbx>();
        var leg = pbx.Calls.Single(c => c.PbxCallId == legs.PbxCallId);
        pbx.Record(leg with { CallIdWithRec = leg.CallIdWithRec + "-2" });

        var page = await browser.NewPageAsync(_app);
        await page.SignInAsync(Supervisor, to: "calls");
        var row = page.Locator($".recording-player.compact[data-call='{legs.Id}']");
        await Assertions.Expect(row.Locator(".recording-listen")).ToHaveCountAsync(1);
        await Assertions.Expect(row.Locator("audio")).ToHaveCountAsync(0);
        await row.Locator(".recording-listen").ClickAsync();

        await Assertions.Expect(row.Locator("audio.recording-audio")).ToHaveCountAsync(2);
        await Assertions.Expect(row.Locator(".recording-title")).ToHaveTextAsync(["Recording 1 of 2", "Recording 2 of 2"]);
        await page.WaitForFunctionAsync("a => a.currentTime > 0.5", await row.Locator("[data-recording='leg-1'] audio").ElementHandleAsync());
        await row.Locator("audio").First.EvaluateAsync("a => a.pause()");
        await Screenshots.SaveAsync(page, "calls-grid-several-recordings");
        Assert.Equal([("leg-1", legs.Id)], (await AuditAsync(_app)).Select(a => (a.RecordingId, a.CallId)));
    }
}
