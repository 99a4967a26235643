using System.Net;
using Bunit;
using Microsoft.Extensions.DependencyInjection;
using Zadarma.Blazor.Components.Recordings;
using Zadarma.Core.Accounts;
using Zadarma.Core.Calls;
using Zadarma.Core.Recordings;
using Zadarma.Tests.Infrastructure;
using Zadarma.Tests.Unit.Api;
using Zadarma.Tests.Unit.Recordings;
using static Zadarma.Tests.Unit.Recordings.RecordingFixture;

namespace Zadarma.Tests.Components.Recordings;

/// <summary>The player's states, over the real recordings service with a scripted Zadarma API and storage.</summary>
public sealed class RecordingPlayerTests : ComponentTest
{
    private const string Module = "./Components/Recordings/RecordingPlayer.razor.js";

    private RecordingFixture _recordings = default!;
    private BunitJSModuleInterop _module = default!;

    private async Task<RecordingFixture> UseRecordingsAsync(ScriptedHandler storage, ScriptedHandler? api = null, Action<RecordingOptions>? configure = null, bool remote = false)
    {
        _recordings = await CreateAsync(storage, api, configure, remote);
        Services.AddSingleton(_recordings.Recordings);
        AddAuthorization().As(Supervisor.UserId, Supervisor.UserName, Role.Supervisor);
        _module = JSInterop.SetupModule(Module);
        return _recordings;
    }

    private IRenderedComponent<RecordingPlayer> RenderPlayer(Call call, bool mayListen = true, bool compact = false) =>
        Render<RecordingPlayer>(p => p
            .Add(x => x.CallId, call.Id)
            .Add(x => x.RecordingIds, call.RecordingIds)
            .Add(x => x.MayListen, mayListen)
            .Add(x => x.Compact, compact));

    [Fact]
    public async Task A_recording_plays_in_the_page_with_its_speeds_and_download_in_the_users_language()
    {
        UseCulture("ru");
        var f = await UseRecordingsAsync(new ScriptedHandler(Audio(Mp3())));
        var call = await f.AddCallAsync();

        var player = RenderPlayer(call);

        var audio = player.Find("audio.recording-audio");
        Assert.Equal($"recordings/{call.Id}/{RecordingId}", audio.GetAttribute("src"));
        Assert.Equal("none", audio.GetAttribute("preload"));
        Assert.Equal("Запись разговора", audio.GetAttribute("aria-label"));
        Assert.Equal("Скорость воспроизведения", player.Find(".recording-speed").GetAttribute("aria-label"));
        Assert.Equal(["1×", "1,25×", "1,5×", "2×"], player.FindAll(".recording-speed button").Select(b => b.TextContent.Trim()));
        var download = player.Find("a.recording-download");
        Assert.Equal(("Скачать", $"recordings/{call.Id}/{RecordingId}?download=1"), (download.TextContent.Trim(), download.GetAttribute("href")));
        Assert.True(download.HasAttribute("download"));
        player.WaitForAssertion(() => Assert.Single(_module.Invocations, i => i.Identifier == "attach"));
    }

    [Fact]
    public async Task A_chosen_speed_is_set_on_the_audio()
    {
        UseCulture("en");
        var f = await UseRecordingsAsync(new ScriptedHandler(Audio(Mp3())));
        var player = RenderPlayer(await f.AddCallAsync());
        player.WaitForAssertion(() => Assert.Single(_module.Invocations, i => i.Identifier == "attach"));

        await player.FindAll(".recording-speed button").Single(b => b.TextContent.Trim() == "1.5×").ClickAsync(new());

        var setRate = Assert.Single(_module.Invocations, i => i.Identifier == "setRate");
        Assert.Equal(1.5, setRate.Arguments[1]);
    }

    [Fact]
    public async Task A_speed_picked_before_the_script_loaded_is_applied_once_it_has()
    {
        UseCulture("en");
        var f = await UseRecordingsAsync(new ScriptedHandler(Audio(Mp3())));
        var loaded = new TaskCompletionSource<Microsoft.JSInterop.IJSObjectReference>();
        var js = new DelayedImport(loaded.Task);
        Services.AddSingleton<Microsoft.JSInterop.IJSRuntime>(js);
        var player = RenderPlayer(await f.AddCallAsync());

        await player.FindAll(".recording-speed button").Single(b => b.TextContent.Trim() == "2×").ClickAsync(new());
        var module = new RecordingModule();
        loaded.SetResult(module);

        // Nothing renders when the script arrives: wait for the calls themselves.
        await Eventually.HoldsAsync(() => module.Calls.Count == 2, "the player attached and set the speed");
        Assert.Equal(["attach", "setRate"], module.Calls.Select(c => c.Identifier));
        Assert.Equal(2.0, module.Calls[1].Arguments[1]);
    }

    [Fact]
    public async Task Someone_who_may_not_listen_is_told_why_rather_than_shown_nothing()
    {
        UseCulture("pl");
        var f = await UseRecordingsAsync(new ScriptedHandler(Audio(Mp3())));
        var call = await f.AddCallAsync();

        var inGrid = RenderPlayer(call, mayListen: false, compact: true);
        var onPage = RenderPlayer(call, mayListen: false);

        var reason = inGrid.Find(".recording-denied");
        Assert.StartsWith("Nie możesz odsłuchiwać nagrań tej rozmowy", reason.GetAttribute("aria-label"));
        Assert.Equal(reason.GetAttribute("aria-label"), reason.GetAttribute("title"));
        Assert.StartsWith("Nie możesz odsłuchiwać nagrań tej rozmowy", onPage.Find(".recording-denied").TextContent.Trim());
        Assert.Empty(inGrid.FindAll("audio"));
        Assert.Empty(onPage.FindAll("audio, .recording-download"));
    }

    [Fact]
    public async Task A_call_recorded_without_ids_shows_it_is_loading_then_plays_each_recording()
    {
        UseCulture("ru");
        var listed = new TaskCompletionSource();
        var api = new ScriptedHandler(async (request, ct) =>
        {
            await listed.Task.WaitAsync(ct);
            return await LinksReply("http://storage.test/leg-1.mp3", "http://storage.test/leg-2.mp3")(request, ct);
        });
        var f = await UseRecordingsAsync(new ScriptedHandler(Audio(Mp3())), api, remote: true);
        var call = await f.AddCallRecordedWithoutIdsAsync();
        var player = RenderPlayer(call, compact: true);
        Assert.Empty(player.FindAll("audio"));

        var listing = player.Find(".recording-listen").ClickAsync(new());

        player.WaitForAssertion(() => Assert.Equal("true", player.Find(".recording-listen").GetAttribute("aria-busy")));
        Assert.True(player.Find(".recording-listen").HasAttribute("disabled"));
        Assert.NotNull(player.Find(".recording-listen .recording-progress"));
        listed.SetResult();
        await listing;

        player.WaitForAssertion(() => Assert.Equal(["Запись 1 из 2", "Запись 2 из 2"], player.FindAll(".recording-title").Select(t => t.TextContent)));
        Assert.Empty(player.FindAll(".recording-listen"));
        player.WaitForAssertion(() => Assert.Single(_module.Invocations, i => i.Identifier == "play"));
    }

    [Fact]
    public async Task A_call_zadarma_has_no_recording_of_says_so()
    {
        UseCulture("ru");
        var f = await UseRecordingsAsync(new ScriptedHandler(Audio(Mp3())), new ScriptedHandler(LinksReply()), remote: true);
        var player = RenderPlayer(await f.AddCallRecordedWithoutIdsAsync(), compact: true);

        await player.Find(".recording-listen").ClickAsync(new());

        Assert.Equal("У Zadarma нет записи этого звонка.", player.Find(".recording-error").TextContent.Trim());
        Assert.Contains("mud-alert-text-warning", player.Find(".recording-error").ClassName);
        Assert.Empty(player.FindAll("audio, .recording-listen"));
    }

    [Fact]
    public async Task Zadarma_out_of_reach_is_explained_in_the_users_language()
    {
        UseCulture("ru");
        var f = await UseRecordingsAsync(new ScriptedHandler(Audio(Mp3())), new ScriptedHandler(Unreachable()), remote: true);
        var player = RenderPlayer(await f.AddCallRecordedWithoutIdsAsync());

        await player.Find(".recording-listen").ClickAsync(new());

        Assert.Equal("Zadarma недоступна. Проверьте адрес и сеть и повторите.", player.Find(".recording-error").TextContent.Trim());
        Assert.Contains("mud-alert-text-error", player.Find(".recording-error").ClassName);
    }

    [Fact]
    public async Task A_recording_too_large_to_keep_is_explained_when_the_browser_cannot_play_it()
    {
        UseCulture("ru");
        var f = await UseRecordingsAsync(new ScriptedHandler(Audio(Mp3(4000))), configure: o => o.MaxBytes = 1000);
        var call = await f.AddCallAsync();
        var player = RenderPlayer(call, compact: true);
        player.WaitForAssertion(() => Assert.Single(_module.Invocations, i => i.Identifier == "attach"));
        // What the address in the audio element answered: the copy was refused, and the reason kept for the player.
        await Assert.ThrowsAsync<RecordingDownloadException>(() => f.Recordings.OpenAsync(Supervisor, call.Id, RecordingId, RecordingAction.Play, audited: true));

        await player.InvokeAsync(() => player.Instance.PlaybackFailed(RecordingId, mediaError: 4));

        Assert.Equal("Запись больше допустимого размера (1 МБ). Прослушайте её в личном кабинете Zadarma.", player.Find(".recording-error").TextContent.Trim());
    }

    [Fact]
    public async Task A_link_that_expired_under_the_player_is_renewed_once_then_a_second_failure_is_explained()
    {
        UseCulture("pl");
        var f = await UseRecordingsAsync(new ScriptedHandler(Audio(Mp3())), remote: true);
        var call = await f.AddCallAsync();
        var player = RenderPlayer(call);
        player.WaitForAssertion(() => Assert.Single(_module.Invocations, i => i.Identifier == "attach"));

        await player.InvokeAsync(() => player.Instance.PlaybackFailed(RecordingId, mediaError: 4));

        var replay = Assert.Single(_module.Invocations, i => i.Identifier == "replay");
        Assert.StartsWith($"recordings/{call.Id}/{RecordingId}?play=", (string)replay.Arguments[1]!, StringComparison.Ordinal);
        Assert.Empty(player.FindAll(".recording-error"));

        await player.InvokeAsync(() => player.Instance.PlaybackFailed(RecordingId, mediaError: 2));

        Assert.Equal("Połączenie zostało przerwane podczas wczytywania nagrania. Spróbuj ponownie.", player.Find(".recording-error").TextContent.Trim());
    }

    protected override async ValueTask DisposeAsyncCore()
    {
        await base.DisposeAsyncCore();
        if (_recordings is not null)
            await _recordings.DisposeAsync();
    }

    /// <summary>A JS runtime whose module import arrives when the test says, as a slow network would bring it.</summary>
    private sealed class DelayedImport(Task<Microsoft.JSInterop.IJSObjectReference> module) : Microsoft.JSInterop.IJSRuntime
    {
        public async ValueTask<TValue> InvokeAsync<TValue>(string identifier, object?[]? args) => (TValue)await module;

        public ValueTask<TValue> InvokeAsync<TValue>(string identifier, CancellationToken cancellationToken, object?[]? args) => InvokeAsync<TValue>(identifier, args);
    }

    /// <summary>The player's script module, noting what the player asked of it.</summary>
    private sealed class RecordingModule : Microsoft.JSInterop.IJSObjectReference
    {
        public List<(string Identifier, object?[] Arguments)> Calls { get; } = [];

        public ValueTask<TValue> InvokeAsync<TValue>(string identifier, object?[]? args)
        {
            Calls.Add((identifier, args ?? []));
            return ValueTask.FromResult(default(TValue)!);
        }

        public ValueTask<TValue> InvokeAsync<TValue>(string identifier, CancellationToken cancellationToken, object?[]? args) => InvokeAsync<TValue>(identifier, args);

        public ValueTask DisposeAsync() => ValueTask.CompletedTask;
    }
}
