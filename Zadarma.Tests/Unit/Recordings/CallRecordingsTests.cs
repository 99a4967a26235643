using Microsoft.EntityFrameworkCore;
using System.Net;
using System.Xml.Linq;
using Zadarma.Core.Accounts;
using Zadarma.Core.Recordings;
using Zadarma.Tests.Infrastructure;
using Zadarma.Tests.Unit.Api;
using static Zadarma.Tests.Unit.Recordings.RecordingFixture;

namespace Zadarma.Tests.Unit.Recordings;

/// <summary>Remote links and local copies: the switch between them, link renewal, retries and the size limit.</summary>
public sealed class CallRecordingsTests
{
    [Fact]
    public async Task Remote_mode_hands_out_the_zadarma_link_and_local_mode_serves_a_copy_fetched_once()
    {
        var storage = new ScriptedHandler(Audio(Mp3()));
        await using var f = await CreateAsync(storage, remote: true);
        var call = await f.AddCallAsync();

        var remote = await f.Recordings.OpenAsync(Supervisor, call.Id, RecordingId, RecordingAction.Play, audited: true);
        Assert.Equal((RecordingOutcome.Remote, "http://storage.test/rec.mp3"), (remote.Outcome, remote.Link?.AbsoluteUri));
        Assert.Empty(storage.Sent);
        Assert.Empty(f.FilesInFolder());

        var settings = await f.Db.Settings.GetAsync();
        settings.PlayRecordingsRemotely = false;
        await f.Db.Settings.SaveAsync(settings);
        var first = await f.Recordings.OpenAsync(Supervisor, call.Id, RecordingId, RecordingAction.Play, audited: true);
        var second = await f.Recordings.OpenAsync(Supervisor, call.Id, RecordingId, RecordingAction.Download, audited: true);

        Assert.Equal(RecordingOutcome.Local, first.Outcome);
        Assert.Equal(first.File, second.File);
        Assert.Equal("audio/mpeg", first.File!.ContentType);
        Assert.EndsWith(".mp3", first.File.Path, StringComparison.Ordinal);
        Assert.Equal(Mp3(), await File.ReadAllBytesAsync(first.File.Path));
        Assert.Single(storage.Sent);
        Assert.Equal([first.File.Path], f.FilesInFolder());

        var audit = (await new RecordingAuditLog(f.Db.Factory, f.Clock).PageAsync(new())).Items;
        Assert.Equal(
            [(RecordingAction.Download, RecordingSource.Local), (RecordingAction.Play, RecordingSource.Local), (RecordingAction.Play, RecordingSource.Remote)],
            audit.Select(a => (a.Action, a.Source)));
        Assert.All(audit, a => Assert.Equal(("sofia", call.PbxCallId, RecordingId), (a.UserName, a.PbxCallId, a.RecordingId)));
    }

    [Fact]
    public async Task A_cached_link_is_reused_until_shortly_before_it_expires_then_requested_again_once()
    {
        var clock = NewClock();
        var api = new ScriptedHandler(LinkReply(clock, 300, "http://storage.test/a.mp3"), LinkReply(clock, 300, "http://storage.test/b.mp3"));
        await using var f = await CreateAsync(new ScriptedHandler(Audio(Mp3())), api, remote: true, clock: clock);
        var call = await f.AddCallAsync();

        Task<RecordingOpening> Open() => f.Recordings.OpenAsync(Supervisor, call.Id, RecordingId, RecordingAction.Play, audited: false);
        var first = await Open();
        clock.Advance(TimeSpan.FromSeconds(200));
        var cached = await Open();
        clock.Advance(TimeSpan.FromSeconds(80));
        var renewed = await Task.WhenAll(Open(), Open(), Open());

        Assert.Equal("http://storage.test/a.mp3", first.Link!.AbsoluteUri);
        Assert.Equal(first.Link, cached.Link);
        Assert.All(renewed, r => Assert.Equal("http://storage.test/b.mp3", r.Link!.AbsoluteUri));
        Assert.Equal(2, f.LinkRequests);
        Assert.Contains("lifetime=300", api.Sent[0].Request.RequestUri!.Query, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_link_the_player_found_dead_is_requested_again_once()
    {
        var clock = NewClock();
        var api = new ScriptedHandler(LinkReply(clock, 300, "http://storage.test/a.mp3"), LinkReply(clock, 300, "http://storage.test/b.mp3"));
        await using var f = await CreateAsync(new ScriptedHandler(Audio(Mp3())), api, remote: true, clock: clock);
        var call = await f.AddCallAsync();

        await f.Recordings.OpenAsync(Supervisor, call.Id, RecordingId, RecordingAction.Play, audited: true);
        var renewed = await f.Recordings.RenewAsync(Supervisor, call.Id, RecordingId);
        var next = await f.Recordings.OpenAsync(Supervisor, call.Id, RecordingId, RecordingAction.Play, audited: false);

        Assert.Equal("http://storage.test/b.mp3", renewed.Link!.AbsoluteUri);
        Assert.Equal(renewed.Link, next.Link);
        Assert.Equal(2, f.LinkRequests);
    }

    [Fact]
    public async Task A_failed_download_is_retried_and_the_copy_kept()
    {
        var storage = new ScriptedHandler(Status(HttpStatusCode.ServiceUnavailable), (_, _) => throw new HttpRequestException("reset"), Audio(Mp3()));
        await using var f = await CreateAsync(storage);
        var call = await f.AddCallAsync();

        var opening = await f.Recordings.OpenAsync(Supervisor, call.Id, RecordingId, RecordingAction.Play, audited: true);

        Assert.Equal(RecordingOutcome.Local, opening.Outcome);
        Assert.Equal(3, storage.Sent.Count);
        Assert.Equal([opening.File!.Path], f.FilesInFolder());
    }

    [Fact]
    public async Task A_download_that_keeps_failing_gives_up_with_the_reason_and_leaves_nothing_behind()
    {
        var storage = new ScriptedHandler(Status(HttpStatusCode.BadGateway));
        await using var f = await CreateAsync(storage);
        var call = await f.AddCallAsync();

        var e = await Assert.ThrowsAsync<RecordingDownloadException>(() =>
            f.Recordings.OpenAsync(Supervisor, call.Id, RecordingId, RecordingAction.Play, audited: true));

        Assert.Equal((RecordingDownloadError.Refused, HttpStatusCode.BadGateway), (e.Error, e.Status));
        Assert.Equal(3, storage.Sent.Count);
        Assert.Empty(f.FilesInFolder());
        Assert.Empty((await new RecordingAuditLog(f.Db.Factory, f.Clock).PageAsync(new())).Items);
    }

    [Theory]
    [InlineData(true)]
    [InlineData(false)]
    public async Task A_recording_over_the_size_limit_is_refused_without_retrying(bool declareLength)
    {
        var storage = new ScriptedHandler(Audio(Mp3(5000), declareLength: declareLength));
        await using var f = await CreateAsync(storage, configure: o => o.MaxBytes = 4096);
        var call = await f.AddCallAsync();

        var e = await Assert.ThrowsAsync<RecordingDownloadException>(() =>
            f.Recordings.OpenAsync(Supervisor, call.Id, RecordingId, RecordingAction.Play, audited: true));

        Assert.Equal(RecordingDownloadError.TooLarge, e.Error);
        Assert.Single(storage.Sent);
        Assert.Empty(f.FilesInFolder());
    }

    [Fact]
    public async Task Without_a_declared_audio_type_the_files_first_bytes_decide()
    {
        var wav = Zadarma.Core.Sandbox.SandboxRecordingAudio.Bytes;
        await using var f = await CreateAsync(new ScriptedHandler(Audio(wav, "application/octet-stream"), Audio(new byte[64], null)));
        var call = await f.AddCallAsync(RecordingId, "other.rec");

        var opening = await f.Recordings.OpenAsync(Supervisor, call.Id, RecordingId, RecordingAction.Play, audited: false);
        var notAudio = await Assert.ThrowsAsync<RecordingDownloadException>(() =>
            f.Recordings.OpenAsync(Supervisor, call.Id, "other.rec", RecordingAction.Play, audited: false));

        Assert.Equal("audio/wav", opening.File!.ContentType);
        Assert.EndsWith(".wav", opening.File.Path, StringComparison.Ordinal);
        Assert.Equal(RecordingDownloadError.NotAudio, notAudio.Error);
    }

    [Fact]
    public async Task Unknown_calls_and_recordings_are_not_found_and_agents_need_the_setting_and_their_own_extension()
    {
        await using var f = await CreateAsync(new ScriptedHandler(Audio(Mp3())), remote: true);
        var call = await f.AddCallAsync();
        var olga = await f.Db.Employees.SaveAsync(new Core.Directory.EmployeeEdit { Name = "Olga" });
        var ivan = await f.Db.Employees.SaveAsync(new Core.Directory.EmployeeEdit { Name = "Ivan" });
        var accounts = new UserAccounts(f.Db.Factory, f.Db.Employees, QuickPasswordHasher.Create(), TimeProvider.System,
            Microsoft.Extensions.Logging.Abstractions.NullLogger<UserAccounts>.Instance);
        await accounts.CreateFirstAdminAsync("admin", "admin-pass-1");
        var olgaUser = await accounts.CreateAsync("olga", "agent-pass-1", Role.Agent);
        var ivanUser = await accounts.CreateAsync("ivan", "agent-pass-1", Role.Agent);
        await accounts.UpdateAsync(olgaUser.Id, Role.Agent, true, olga);
        await accounts.UpdateAsync(ivanUser.Id, Role.Agent, true, ivan);
        await f.Db.Extensions.MergeAsync([new("100", null), new("101", null)]);
        await f.Db.Extensions.MapAsync("100", olga);
        await f.Db.Extensions.MapAsync("101", ivan);
        await using (var db = await f.Db.Factory.CreateDbContextAsync())
            await db.Calls.Where(c => c.Id == call.Id).ExecuteUpdateAsync(s => s.SetProperty(c => c.AnsweredByEmployeeId, olga));
        var olgaListens = new RecordingListener(olgaUser.Id, "olga", Role.Agent);
        var ivanListens = new RecordingListener(ivanUser.Id, "ivan", Role.Agent);

        Task<RecordingOutcome> Outcome(RecordingListener who, int callId, string recordingId) =>
            f.Recordings.OpenAsync(who, callId, recordingId, RecordingAction.Play, audited: false).ContinueWith(t => t.Result.Outcome);

        Assert.Equal(RecordingOutcome.NotFound, await Outcome(Supervisor, call.Id + 100, RecordingId));
        Assert.Equal(RecordingOutcome.NotFound, await Outcome(Supervisor, call.Id, "not-this-one"));
        Assert.Equal(RecordingOutcome.Forbidden, await Outcome(olgaListens, call.Id, RecordingId));

        var settings = await f.Db.Settings.GetAsync();
        settings.AgentsMayListenToOwnCalls = true;
        await f.Db.Settings.SaveAsync(settings);

        Assert.Equal(RecordingOutcome.Remote, await Outcome(olgaListens, call.Id, RecordingId));
        Assert.Equal(RecordingOutcome.Forbidden, await Outcome(ivanListens, call.Id, RecordingId));
        Assert.True(await f.Recordings.MayListenAsync(new RecordingListener(99, "admin", Role.Admin), call.Id));
        Assert.False(await f.Recordings.MayListenAsync(ivanListens, call.Id));
    }

    [Fact]
    public async Task A_listener_who_may_not_hear_the_call_spends_no_zadarma_request()
    {
        var api = new ScriptedHandler(LinksReply("http://storage.test/1.mp3"));
        await using var f = await CreateAsync(new ScriptedHandler(Audio(Mp3())), api, remote: true);
        var call = await f.AddCallRecordedWithoutIdsAsync();
        var agent = new RecordingListener(42, "olga", Role.Agent);

        Assert.Equal(RecordingOutcome.Forbidden, (await f.Recordings.OpenAsync(agent, call.Id, "leg-1", RecordingAction.Play, audited: true)).Outcome);
        Assert.Equal(RecordingOutcome.Forbidden, (await f.Recordings.OpenAsync(agent, call.Id, "leg-1", RecordingAction.Download, audited: true)).Outcome);
        Assert.Empty(await f.Recordings.ListAsync(agent, call.Id));
        Assert.Null((await f.Recordings.RenewAsync(agent, call.Id, "leg-1")).Continuation);

        Assert.Empty(api.Sent);
        Assert.Empty((await new RecordingAuditLog(f.Db.Factory, f.Clock).PageAsync(new())).Items);
    }

    [Fact]
    public async Task Several_recordings_listed_by_pbx_call_id_are_each_played_from_one_request()
    {
        var api = new ScriptedHandler(LinksReply("http://storage.test/1.mp3", "http://storage.test/2.mp3"));
        await using var f = await CreateAsync(new ScriptedHandler(Audio(Mp3())), api, remote: true);
        var call = await f.AddCallRecordedWithoutIdsAsync();

        var listed = await f.Recordings.ListAsync(Supervisor, call.Id);
        var second = await f.Recordings.OpenAsync(Supervisor, call.Id, "leg-2", RecordingAction.Play, audited: true);
        var first = await f.Recordings.OpenAsync(Supervisor, call.Id, "leg-1", RecordingAction.Play, audited: true);
        var third = await f.Recordings.OpenAsync(Supervisor, call.Id, "leg-3", RecordingAction.Play, audited: true);

        Assert.Equal(["leg-1", "leg-2"], listed);
        Assert.Equal("http://storage.test/2.mp3", second.Link!.AbsoluteUri);
        Assert.Equal("http://storage.test/1.mp3", first.Link!.AbsoluteUri);
        Assert.Equal(RecordingOutcome.NotFound, third.Outcome);
        Assert.Equal(1, f.LinkRequests);
        Assert.Contains($"pbx_call_id={call.PbxCallId}", api.Sent[0].Request.RequestUri!.Query, StringComparison.Ordinal);
        Assert.Equal(["leg-1", "leg-2"], (await new RecordingAuditLog(f.Db.Factory, f.Clock).PageAsync(new())).Items.Select(a => a.RecordingId).Order());
    }

    [Fact]
    public async Task Several_recordings_by_pbx_call_id_become_local_copies_of_their_own()
    {
        var api = new ScriptedHandler(LinksReply("http://storage.test/1.mp3", "http://storage.test/2.mp3"));
        var storage = new ScriptedHandler(Audio(Mp3(4000)), Audio(Mp3(5000)));
        await using var f = await CreateAsync(storage, api);
        var call = await f.AddCallRecordedWithoutIdsAsync();

        var first = await f.Recordings.OpenAsync(Supervisor, call.Id, "leg-1", RecordingAction.Play, audited: false);
        var second = await f.Recordings.OpenAsync(Supervisor, call.Id, "leg-2", RecordingAction.Play, audited: false);

        Assert.NotEqual(first.File!.Path, second.File!.Path);
        Assert.Equal([4000L, 5000L], new[] { first.File.Path, second.File.Path }.Select(p => new FileInfo(p).Length));
        Assert.Equal(["http://storage.test/1.mp3", "http://storage.test/2.mp3"], storage.Sent.Select(s => s.Request.RequestUri!.AbsoluteUri));
        Assert.Equal(1, f.LinkRequests);
    }

    [Fact]
    public async Task A_page_of_calls_learns_once_which_the_listener_may_hear()
    {
        await using var f = await CreateAsync(new ScriptedHandler(Audio(Mp3())));
        var olga = await f.Db.Employees.SaveAsync(new Core.Directory.EmployeeEdit { Name = "Olga" });
        var accounts = new UserAccounts(f.Db.Factory, f.Db.Employees, QuickPasswordHasher.Create(), TimeProvider.System,
            Microsoft.Extensions.Logging.Abstractions.NullLogger<UserAccounts>.Instance);
        await accounts.CreateFirstAdminAsync("admin", "admin-pass-1");
        var olgaUser = await accounts.CreateAsync("olga", "agent-pass-1", Role.Agent);
        await accounts.UpdateAsync(olgaUser.Id, Role.Agent, true, olga);
        var olgaListens = new RecordingListener(olgaUser.Id, "olga", Role.Agent);

        var supervisor = await f.Recordings.PermissionOfAsync(Supervisor);
        var refused = await f.Recordings.PermissionOfAsync(olgaListens);
        var settings = await f.Db.Settings.GetAsync();
        settings.AgentsMayListenToOwnCalls = true;
        await f.Db.Settings.SaveAsync(settings);
        var allowed = await f.Recordings.PermissionOfAsync(olgaListens);

        Assert.True(supervisor.Covers(null) && supervisor.Covers(olga + 1));
        Assert.False(refused.Covers(olga));
        Assert.Equal((true, false, false), (allowed.Covers(olga), allowed.Covers(olga + 1), allowed.Covers(null)));
    }

    [Fact]
    public void Every_download_error_is_worded_in_every_language()
    {
        foreach (var suffix in new[] { "", ".ru", ".pl" })
        {
            var keys = XDocument.Load(SolutionFolder.Combine("Zadarma.Blazor", "Resources", $"Strings{suffix}.resx"))
                .Root!.Elements("data").Select(d => (string)d.Attribute("name")!).ToHashSet();
            var expected = Enum.GetNames<RecordingDownloadError>().Select(n => $"Recordings.Error.{n}")
                .Concat(Enum.GetNames<RecordingAction>().Select(n => $"Recordings.Action.{n}"))
                .Concat(Enum.GetNames<RecordingSource>().Select(n => $"Recordings.Source.{n}"));
            Assert.Empty(expected.Where(k => !keys.Contains(k)).Select(k => $"Strings{suffix}.resx: {k}"));
        }
    }
}
