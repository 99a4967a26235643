using System.Net;
using System.Net.Http.Headers;
using Zadarma.Core.Calls;
using Zadarma.Core.Recordings;
using Zadarma.Core.Sandbox;
using Zadarma.Tests.Infrastructure;
using static Zadarma.Tests.Web.Recordings.RecordingScenario;

namespace Zadarma.Tests.Web.Recordings;

/// <summary><c>GET /recordings/{callId}/{recordingId}</c> on the real app with the sandbox PBX: ranges, modes, permission, audit.</summary>
public sealed class RecordingEndpointTests : IAsyncLifetime
{
    private TestApp _app = default!;
    private Call _call = default!;

    public async Task InitializeAsync()
    {
        _app = await StartAsync();
        _call = await RecordedCallAsync(_app);
    }

    public async Task DisposeAsync() => await _app.DisposeAsync();

    private string Address(Call call) => $"recordings/{call.Id}/{Uri.EscapeDataString(call.RecordingIds[0])}";

    [Fact]
    public async Task A_local_copy_is_served_whole_with_accept_ranges_and_the_play_is_audited()
    {
        await SetAsync(_app, remote: false);
        using var client = await SignInAsync(_app, Supervisor);

        using var response = await client.GetAsync(Address(_call));

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("audio/wav", response.Content.Headers.ContentType?.MediaType);
        Assert.Equal(["bytes"], response.Headers.AcceptRanges);
        Assert.Null(response.Content.Headers.ContentDisposition);
        Assert.Equal(SandboxRecordingAudio.Bytes, await response.Content.ReadAsByteArrayAsync());
        Assert.Single(System.IO.Directory.GetFiles(Path.Combine(_app.DataPath, "recordings")));

        var entry = Assert.Single(await AuditAsync(_app));
        Assert.Equal((Supervisor, _call.Id, _call.RecordingIds[0], RecordingAction.Play, RecordingSource.Local),
            (entry.UserName, entry.CallId, entry.RecordingId, entry.Action, entry.Source));
    }

    [Fact]
    public async Task A_range_request_returns_206_with_exactly_the_requested_bytes_and_seeks_are_not_audited_again()
    {
        await SetAsync(_app, remote: false);
        using var client = await SignInAsync(_app, Supervisor);
        var bytes = SandboxRecordingAudio.Bytes;

        using var start = await GetRangeAsync(client, 0, 99);
        using var middle = await GetRangeAsync(client, 1000, 1499);

        Assert.Equal(HttpStatusCode.PartialContent, start.StatusCode);
        Assert.Equal($"bytes 0-99/{bytes.Length}", start.Content.Headers.ContentRange?.ToString());
        Assert.Equal(bytes[..100], await start.Content.ReadAsByteArrayAsync());
        Assert.Equal(HttpStatusCode.PartialContent, middle.StatusCode);
        Assert.Equal($"bytes 1000-1499/{bytes.Length}", middle.Content.Headers.ContentRange?.ToString());
        Assert.Equal("audio/wav", middle.Content.Headers.ContentType?.MediaType);
        Assert.Equal(bytes[1000..1500], await middle.Content.ReadAsByteArrayAsync());
        Assert.Single(await AuditAsync(_app));
    }

    [Fact]
    public async Task A_download_is_an_attachment_and_audited_as_one()
    {
        await SetAsync(_app, remote: false);
        using var client = await SignInAsync(_app, Supervisor);

        using var response = await client.GetAsync(Address(_call) + "?download=1");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("attachment", response.Content.Headers.ContentDisposition?.DispositionType);
        Assert.EndsWith(".wav", response.Content.Headers.ContentDisposition?.FileNameStar ?? response.Content.Headers.ContentDisposition?.FileName, StringComparison.Ordinal);
        Assert.Equal(RecordingAction.Download, Assert.Single(await AuditAsync(_app)).Action);
    }

    [Fact]
    public async Task In_remote_mode_the_same_address_redirects_to_a_short_lived_zadarma_link()
    {
        await SetAsync(_app, remote: true);
        using var client = await SignInAsync(_app, Supervisor);

        using var first = await client.GetAsync(Address(_call));
        using var second = await client.GetAsync(Address(_call));

        Assert.Equal(HttpStatusCode.Redirect, first.StatusCode);
        Assert.StartsWith($"{_app.Address}sandbox/zadarma/recordings/", first.Headers.Location!.AbsoluteUri, StringComparison.Ordinal);
        Assert.True(first.Headers.CacheControl?.NoStore);
        Assert.Equal(first.Headers.Location, second.Headers.Location);
        Assert.False(System.IO.Directory.Exists(Path.Combine(_app.DataPath, "recordings")));

        using var audio = await new HttpClient().GetAsync(first.Headers.Location);
        Assert.Equal(SandboxRecordingAudio.Bytes, await audio.Content.ReadAsByteArrayAsync());
        Assert.All(await AuditAsync(_app), a => Assert.Equal((RecordingAction.Play, RecordingSource.Remote), (a.Action, a.Source)));
    }

    [Fact]
    public async Task Agents_hear_only_calls_they_took_and_only_when_an_admin_allows_it()
    {
        using var olga = await SignInAsync(_app, Agent);
        using var ivan = await SignInAsync(_app, OtherAgent);

        await SetAsync(_app, remote: false, agentsMayListen: false);
        Assert.Equal(HttpStatusCode.Forbidden, (await olga.GetAsync(Address(_call))).StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, (await ivan.GetAsync(Address(_call))).StatusCode);

        await SetAsync(_app, remote: false, agentsMayListen: true);
        Assert.Equal(HttpStatusCode.OK, (await olga.GetAsync(Address(_call))).StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, (await ivan.GetAsync(Address(_call) + "?download=1")).StatusCode);

        Assert.Equal([Agent], (await AuditAsync(_app)).Select(a => a.UserName));
    }

    [Fact]
    public async Task Anonymous_requests_go_to_sign_in_and_unknown_calls_or_recordings_are_404()
    {
        using var anonymous = new HttpClient(new HttpClientHandler { AllowAutoRedirect = false }) { BaseAddress = _app.Address };
        using var supervisor = await SignInAsync(_app, Supervisor);

        using var redirected = await anonymous.GetAsync(Address(_call));
        Assert.Equal(HttpStatusCode.Redirect, redirected.StatusCode);
        Assert.Contains("/account/signin", redirected.Headers.Location!.OriginalString, StringComparison.Ordinal);

        Assert.Equal(HttpStatusCode.NotFound, (await supervisor.GetAsync($"recordings/{_call.Id + 1000}/{_call.RecordingIds[0]}")).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await supervisor.GetAsync($"recordings/{_call.Id}/not-a-recording")).StatusCode);
        Assert.Empty(await AuditAsync(_app));
    }

    [Theory]
    [InlineData(true)]
    [InlineData(false)]
    public async Task The_replay_after_a_renewed_link_is_the_same_play_and_is_not_audited_again(bool remote)
    {
        await SetAsync(_app, remote);
        using var client = await SignInAsync(_app, Supervisor);
        using var first = await client.GetAsync(Address(_call));
        var played = Assert.Single(await AuditAsync(_app));
        var sofia = new RecordingListener(played.UserId, Supervisor, Core.Accounts.Role.Supervisor);

        var renewal = await _app.Get<CallRecordings>().RenewAsync(sofia, _call.Id, _call.RecordingIds[0]);
        using var replay = await client.GetAsync(Address(_call) + "?play=" + Uri.EscapeDataString(renewal.Continuation!));

        Assert.True(replay.IsSuccessStatusCode || replay.StatusCode == HttpStatusCode.Redirect, replay.StatusCode.ToString());
        Assert.Single(await AuditAsync(_app));

        // A token is no way around the audit: made up, or issued to someone else, the play is written.
        var olga = new RecordingListener(played.UserId + 100, Agent, Core.Accounts.Role.Agent);
        var othersToken = _app.Get<ContinuedPlays>().Issue(olga, _call.Id, _call.RecordingIds[0]);
        using var forged = await client.GetAsync(Address(_call) + "?play=1.abc");
        using var borrowed = await client.GetAsync(Address(_call) + "?play=" + Uri.EscapeDataString(othersToken));
        Assert.Equal(3, (await AuditAsync(_app)).Count);
    }

    [Fact]
    public async Task A_copy_that_cannot_be_made_answers_502_and_leaves_its_reason_for_the_player()
    {
        await using var app = await StartAsync(new Dictionary<string, string?> { ["Recordings:MaxBytes"] = "1000" });
        var call = await RecordedCallAsync(app);
        await SetAsync(app, remote: false);
        using var client = await SignInAsync(app, Supervisor);

        using var response = await client.GetAsync($"recordings/{call.Id}/{Uri.EscapeDataString(call.RecordingIds[0])}");

        Assert.Equal(HttpStatusCode.BadGateway, response.StatusCode);
        Assert.Empty(await AuditAsync(app));
        var user = (await app.Get<Core.Accounts.UserAccounts>().ListAsync()).Single(u => u.UserName == Supervisor);
        var reason = app.Get<CallRecordings>().TakeFailure(new RecordingListener(user.Id, Supervisor, Core.Accounts.Role.Supervisor), call.Id, call.RecordingIds[0]);
        Assert.Equal(RecordingDownloadError.TooLarge, Assert.IsType<RecordingDownloadException>(reason).Error);
    }

    private async Task<HttpResponseMessage> GetRangeAsync(HttpClient client, long from, long to)
    {
        using var request = new HttpRequestMessage(HttpMethod.Get, Address(_call)) { Headers = { Range = new RangeHeaderValue(from, to) } };
        return await client.SendAsync(request);
    }
}
