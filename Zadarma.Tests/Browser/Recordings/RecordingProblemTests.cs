using System.Text.Json;
using Microsoft.Playwright;
using Zadarma.Core.Calls;
using Zadarma.Tests.Infrastructure;
using static Zadarma.Tests.Web.Recordings.RecordingScenario;

namespace Zadarma.Tests.Browser.Recordings;

/// <summary>A recording the server refuses to copy: the player says why, in the user's words.</summary>
public sealed class RecordingProblemTests(BrowserFixture browser) : IClassFixture<BrowserFixture>, IAsyncLifetime
{
    private TestApp _app = default!;
    private Call _call = default!;

    public async Task InitializeAsync()
    {
        _app = await StartAsync(new Dictionary<string, string?> { ["Recordings:MaxBytes"] = "1000", ["Recordings:RetryDelay"] = "00:00:00" });
        _call = await RecordedCallAsync(_app);
        await SetAsync(_app, remote: false);
    }

    public async Task DisposeAsync() => await _app.DisposeAsync();

    [Fact]
    public async Task A_recording_over_the_size_limit_is_explained_to_the_supervisor()
    {
        var page = await browser.NewPageAsync(_app);
        await page.SignInAsync(Supervisor, to: $"calls/{_call.Id}");

        await page.Locator("audio.recording-audio").EvaluateAsync("a => a.play().catch(() => {})");

        await Assertions.Expect(page.Locator(".recording-error")).ToContainTextAsync("larger than the app keeps (1 MB)");
        await Screenshots.SaveAsync(page, "call-recording-too-large");
    }

    [Fact]
    public async Task A_failure_before_the_player_is_attached_is_still_reported()
    {
        var page = await browser.NewPageAsync(_app);
        await page.SignInAsync(Supervisor);

        // The circuit attaches the player a moment after the page shows it; a quick press of play can fail first.
        var report = await page.EvaluateAsync<JsonElement>("""
            async () => {
                const audio = document.createElement('audio');
                audio.src = 'no-such-recording.mp3';
                await new Promise(failed => { audio.onerror = failed; audio.play().catch(() => {}); });
                const module = await import('./Components/Recordings/RecordingPlayer.razor.js');
                return await new Promise(reported => {
                    setTimeout(() => reported(null), 5000);
                    module.attach(audio, { invokeMethodAsync: (method, id, code) => reported({ method, id, code }) }, 'rec-1');
                });
            }
            """);

        Assert.Equal(JsonValueKind.Object, report.ValueKind);
        Assert.Equal("PlaybackFailed", report.GetProperty("method").GetString());
        Assert.Equal("rec-1", report.GetProperty("id").GetString());
        Assert.NotEqual(0, report.GetProperty("code").GetInt32());
    }
}
