using System.Net;
using System.Net.Http.Headers;
using Zadarma.Core.Api;
using Zadarma.Core.Sandbox;

namespace Zadarma.Tests.Web.Sandbox;

/// <summary>Simulated incoming calls: the webhooks the app's receiver gets, and what the API then reports.</summary>
public sealed class SandboxCallTests : IAsyncLifetime
{
    private SandboxHost _host = null!;

    public async Task InitializeAsync() => _host = await SandboxHost.StartAsync();

    public async Task DisposeAsync() => await _host.DisposeAsync();

    [Fact]
    public async Task An_answered_call_posts_start_to_record_signed_to_the_apps_own_receiver()
    {
        var pbxCallId = await _host.Calls.SimulateIncomingAsync("+7 999 123-45-67", [100, 101], IncomingCallOutcome.Answered, TimeSpan.Zero);

        var hooks = _host.Webhooks.ToList();
        Assert.Equal(
            ["NOTIFY_START", "NOTIFY_INTERNAL", "NOTIFY_INTERNAL", "NOTIFY_ANSWER", "NOTIFY_END", "NOTIFY_RECORD"],
            hooks.Select(h => h.Event));
        Assert.All(hooks, h => Assert.Equal("/exec/Zadarma.notify", h.Path));
        Assert.All(hooks, h => Assert.True(WebhookSignature.IsValid(h, SandboxHost.Secret), h.Event));
        Assert.All(hooks, h => Assert.Equal(pbxCallId, h["pbx_call_id"]));
        Assert.Matches("^in_[0-9a-f]{40}$", pbxCallId);

        var start = hooks[0];
        Assert.Equal(("79991234567", SandboxPbx.Did), (start["caller_id"], start["called_did"]));
        Assert.Matches(@"^\d{4}-\d\d-\d\d \d\d:\d\d:\d\d$", start["call_start"]);
        var pbxNow = _host.Pbx.LocalNow;
        Assert.InRange(DateTime.Parse(start["call_start"], System.Globalization.CultureInfo.InvariantCulture), pbxNow.AddMinutes(-1), pbxNow);
        Assert.Equal(["100", "101"], hooks.Where(h => h.Event == "NOTIFY_INTERNAL").Select(h => h["internal"]));
        Assert.Equal(("100", "100"), (hooks[3]["internal"], hooks[3]["destination"]));

        var end = hooks[4];
        Assert.Equal(("answered", "16", "1"), (end["disposition"], end["status_code"], end["is_recorded"]));
        Assert.True(int.Parse(end["duration"]) > 0);
        Assert.Equal(start["call_start"], end["call_start"]);
        Assert.Equal(end["call_id_with_rec"], hooks[5]["call_id_with_rec"]);
    }

    [Theory]
    [InlineData(IncomingCallOutcome.Missed, "no answer")]
    [InlineData(IncomingCallOutcome.Busy, "busy")]
    public async Task An_unanswered_call_ends_without_answer_or_recording(IncomingCallOutcome outcome, string disposition)
    {
        await _host.Calls.SimulateIncomingAsync("79991234567", [101], outcome, TimeSpan.Zero);

        var hooks = _host.Webhooks.ToList();
        Assert.Equal(["NOTIFY_START", "NOTIFY_INTERNAL", "NOTIFY_END"], hooks.Select(h => h.Event));
        Assert.Equal((disposition, "0", "0"), (hooks[2]["disposition"], hooks[2]["duration"], hooks[2]["is_recorded"]));
        Assert.All(hooks, h => Assert.True(WebhookSignature.IsValid(h, SandboxHost.Secret), h.Event));
    }

    [Fact]
    public async Task An_unknown_extension_is_refused()
    {
        await Assert.ThrowsAsync<ArgumentException>(() => _host.Calls.SimulateIncomingAsync("79991234567", [999], stepDelay: TimeSpan.Zero));

        Assert.Empty(_host.Webhooks);
    }

    [Fact]
    public async Task The_recording_of_a_call_is_linked_and_served_as_wav_with_ranges()
    {
        var pbxCallId = await _host.Calls.SimulateIncomingAsync("79991234567", [100], stepDelay: TimeSpan.Zero);
        var callIdWithRec = _host.Webhooks.Single(h => h.Event == "NOTIFY_RECORD")["call_id_with_rec"];
        var client = _host.Client();

        var byCall = await client.RequestRecordingAsync(callIdWithRec, TimeSpan.FromHours(1));
        var byPbxCall = await client.RequestRecordingsByPbxCallAsync(pbxCallId);
        using var http = new HttpClient();
        using var whole = await http.GetAsync(byCall.Link);
        using var rangeRequest = new HttpRequestMessage(HttpMethod.Get, byCall.Link) { Headers = { Range = new RangeHeaderValue(0, 11) } };
        using var part = await http.SendAsync(rangeRequest);

        Assert.StartsWith(new Uri(_host.Address, "sandbox/zadarma/recordings/").AbsoluteUri, byCall.Link);
        // Each request issues links of its own, to the same file.
        Assert.Equal([new Uri(byCall.Link).AbsolutePath], byPbxCall.Links.Select(l => new Uri(l).AbsolutePath));
        Assert.Matches(@"^\d{4}-\d\d-\d\d \d\d:\d\d:\d\d$", byCall.LifetimeTill);
        Assert.Equal(HttpStatusCode.OK, whole.StatusCode);
        Assert.Equal("audio/wav", whole.Content.Headers.ContentType!.MediaType);
        Assert.Equal(SandboxRecordingAudio.Bytes, await whole.Content.ReadAsByteArrayAsync());
        Assert.Equal(HttpStatusCode.PartialContent, part.StatusCode);
        Assert.Equal("RIFF"u8.ToArray().Concat(SandboxRecordingAudio.Bytes[4..12]), await part.Content.ReadAsByteArrayAsync());
    }

    [Fact]
    public async Task An_unknown_recording_is_not_found()
    {
        var error = await Assert.ThrowsAsync<ZadarmaException>(() => _host.Client().RequestRecordingAsync("1-1.1-100-2024-01-01-000000"));
        using var http = new HttpClient();
        using var file = await http.GetAsync(new Uri(_host.Address, "sandbox/zadarma/recordings/nothing.wav"));

        Assert.Equal(ZadarmaErrorKind.Rejected, error.Kind);
        Assert.Equal(HttpStatusCode.NotFound, file.StatusCode);
    }

    [Fact]
    public async Task Statistics_list_the_simulated_calls()
    {
        var answered = await _host.Calls.SimulateIncomingAsync("79991234567", [101], stepDelay: TimeSpan.Zero);
        var missed = await _host.Calls.SimulateIncomingAsync("79990000000", [100], IncomingCallOutcome.Missed, TimeSpan.Zero);
        var now = _host.Pbx.LocalNow;

        var page = await _host.Client().GetPbxStatisticsAsync(now.AddHours(-1), now.AddMinutes(1));

        Assert.Equal([answered, missed], page.Calls.Select(c => c.PbxCallId));
        var first = page.Calls[0];
        Assert.Equal(("101", "79991234567", SandboxPbx.Did, "answered", true), (first.Sip, first.Clid, first.Destination, first.Disposition, first.IsRecorded));
        Assert.Equal(("no answer", false), (page.Calls[1].Disposition, page.Calls[1].IsRecorded));
    }
}
