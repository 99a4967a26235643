using System.Net;
using Zadarma.Core.Recordings;
using Zadarma.Tests.Unit.Api;
using static Zadarma.Tests.Unit.Recordings.RecordingFixture;

namespace Zadarma.Tests.Unit.Recordings;

/// <summary>Local copies when a link has expired or Zadarma is slow to answer: fresh links, backoff, and the reason kept.</summary>
public sealed class RecordingRetryTests
{
    [Theory]
    [InlineData(HttpStatusCode.Unauthorized)]
    [InlineData(HttpStatusCode.Forbidden)]
    [InlineData(HttpStatusCode.NotFound)]
    [InlineData(HttpStatusCode.Gone)]
    public async Task A_link_the_storage_refuses_as_expired_is_replaced_by_a_freshly_requested_one(HttpStatusCode refusal)
    {
        var clock = NewClock();
        var api = new ScriptedHandler(LinkReply(clock, 300, "http://storage.test/stale.mp3"), LinkReply(clock, 300, "http://storage.test/fresh.mp3"));
        var storage = new ScriptedHandler(Status(refusal), Audio(Mp3()));
        await using var f = await CreateAsync(storage, api, clock: clock);
        var call = await f.AddCallAsync();

        var opening = await f.Recordings.OpenAsync(Supervisor, call.Id, RecordingId, RecordingAction.Play, audited: true);

        Assert.Equal(RecordingOutcome.Local, opening.Outcome);
        Assert.Equal(["http://storage.test/stale.mp3", "http://storage.test/fresh.mp3"], storage.Sent.Select(s => s.Request.RequestUri!.AbsoluteUri));
        Assert.Equal(2, f.LinkRequests);
        Assert.Null(f.Recordings.TakeFailure(Supervisor, call.Id, RecordingId));
    }

    [Fact]
    public async Task A_fresh_link_refused_too_ends_at_once_with_the_reason_the_player_shows()
    {
        var clock = NewClock();
        var api = new ScriptedHandler(LinkReply(clock, 300, "http://storage.test/a.mp3"), LinkReply(clock, 300, "http://storage.test/b.mp3"));
        var storage = new ScriptedHandler(Status(HttpStatusCode.NotFound));
        await using var f = await CreateAsync(storage, api, clock: clock);
        var call = await f.AddCallAsync();

        var e = await Assert.ThrowsAsync<RecordingDownloadException>(() =>
            f.Recordings.OpenAsync(Supervisor, call.Id, RecordingId, RecordingAction.Play, audited: true));

        Assert.Equal((RecordingDownloadError.Gone, HttpStatusCode.NotFound), (e.Error, e.Status));
        Assert.Equal(2, storage.Sent.Count);
        Assert.Equal(2, f.LinkRequests);
        Assert.Same(e, f.Recordings.TakeFailure(Supervisor, call.Id, RecordingId));
        Assert.Null(f.Recordings.TakeFailure(Supervisor, call.Id, RecordingId));
        Assert.Null(f.Recordings.TakeFailure(new RecordingListener(2, "other", Core.Accounts.Role.Supervisor), call.Id, RecordingId));
        Assert.Empty(f.FilesInFolder());
    }

    [Fact]
    public async Task A_link_request_that_cannot_reach_zadarma_is_retried_with_the_download()
    {
        // The client tries three times itself (MaxRetries 2); the download's own retry asks once more.
        var api = new ScriptedHandler(Unreachable(), Unreachable(), Unreachable(),
            ScriptedHandler.Json(HttpStatusCode.OK, """{"status":"success","link":"http://storage.test/rec.mp3","lifetime_till":"2099-01-01 00:00:00"}"""));
        await using var f = await CreateAsync(new ScriptedHandler(Audio(Mp3())), api);
        var call = await f.AddCallAsync();

        var opening = await f.Recordings.OpenAsync(Supervisor, call.Id, RecordingId, RecordingAction.Play, audited: true);

        Assert.Equal(RecordingOutcome.Local, opening.Outcome);
        Assert.Equal(4, f.LinkRequests);
        Assert.Single(f.Storage.Sent);
    }

    [Fact]
    public async Task A_link_request_that_keeps_failing_is_the_reason()
    {
        var api = new ScriptedHandler(Unreachable());
        await using var f = await CreateAsync(new ScriptedHandler(Audio(Mp3())), api);
        var call = await f.AddCallAsync();

        var e = await Assert.ThrowsAsync<Core.Api.ZadarmaException>(() =>
            f.Recordings.OpenAsync(Supervisor, call.Id, RecordingId, RecordingAction.Play, audited: true));

        Assert.Equal(Core.Api.ZadarmaErrorKind.Unreachable, e.Kind);
        Assert.Equal(9, f.LinkRequests);
        Assert.Empty(f.Storage.Sent);
        Assert.Same(e, f.Recordings.TakeFailure(Supervisor, call.Id, RecordingId));
    }

    [Fact]
    public async Task Only_requests_for_the_same_recording_wait_for_its_download_and_share_it()
    {
        var slow = new TaskCompletionSource();
        var storage = new ScriptedHandler(async (request, ct) =>
        {
            if (request.RequestUri!.AbsolutePath == "/slow.mp3")
                await slow.Task.WaitAsync(ct);
            return await Audio(Mp3())(request, ct);
        });
        await using var f = await CreateAsync(storage);
        Task<Uri> Link(string name) => Task.FromResult(new Uri($"http://storage.test/{name}.mp3"));

        var first = f.Copies.GetAsync("slow", (_, _) => Link("slow"));
        var second = f.Copies.GetAsync("slow", (_, _) => Link("slow"));
        var other = await f.Copies.GetAsync("quick", (_, _) => Link("quick")).WaitAsync(TimeSpan.FromSeconds(10));

        Assert.False(first.IsCompleted);
        Assert.EndsWith(".mp3", other.Path, StringComparison.Ordinal);
        slow.SetResult();
        var files = await Task.WhenAll(first, second);
        Assert.Equal(files[0], files[1]);
        Assert.Equal(1, storage.Sent.Count(s => s.Request.RequestUri!.AbsolutePath == "/slow.mp3"));

        // Finished downloads are forgotten: a copy deleted since is fetched again.
        File.Delete(files[0].Path);
        await f.Copies.GetAsync("slow", (_, _) => Link("slow"));
        Assert.Equal(2, storage.Sent.Count(s => s.Request.RequestUri!.AbsolutePath == "/slow.mp3"));
    }
}
