using System.Net;
using Zadarma.Core.Api;
using Zadarma.Core.Sandbox;
using Zadarma.Tests.Infrastructure;
using Zadarma.Tests.Web.Sandbox;

namespace Zadarma.Tests.Web.Recordings;

/// <summary>The sandbox's recording links live as long as was asked, on the sandbox's own clock, like Zadarma's.</summary>
public sealed class SandboxRecordingLinkTests : IAsyncLifetime
{
    private readonly TestClock _clock = new(new DateTimeOffset(2026, 11, 22, 9, 0, 0, TimeSpan.Zero));
    private SandboxHost _host = default!;

    public async Task InitializeAsync() => _host = await SandboxHost.StartAsync(clock: _clock);

    public async Task DisposeAsync() => await _host.DisposeAsync();

    [Fact]
    public async Task A_link_answers_until_its_lifetime_is_over_then_is_refused_like_an_expired_one()
    {
        var pbxCallId = await _host.Calls.SimulateIncomingAsync("+7 999 123-45-67", [100], IncomingCallOutcome.Answered, TimeSpan.Zero);
        var callIdWithRec = _host.Pbx.Calls.Single(c => c.PbxCallId == pbxCallId).CallIdWithRec!;
        var zadarma = _host.Client();
        using var http = new HttpClient();

        var byRecording = await zadarma.RequestRecordingAsync(callIdWithRec, TimeSpan.FromSeconds(180));
        var byCall = await zadarma.RequestRecordingsByPbxCallAsync(pbxCallId, TimeSpan.FromSeconds(600));

        // The PBX writes lifetime_till in its own zone, UTC+3.
        Assert.Equal("2026-11-22 12:03:00", byRecording.LifetimeTill);
        Assert.Equal("2026-11-22 12:10:00", byCall.LifetimeTill);
        Assert.Equal(HttpStatusCode.OK, (await http.GetAsync(byRecording.Link)).StatusCode);
        Assert.DoesNotContain("token", new Uri(byRecording.Link).AbsolutePath, StringComparison.Ordinal);

        _clock.Advance(TimeSpan.FromSeconds(179));
        Assert.Equal(HttpStatusCode.OK, (await http.GetAsync(byRecording.Link)).StatusCode);
        _clock.Advance(TimeSpan.FromSeconds(1));
        Assert.Equal(HttpStatusCode.Forbidden, (await http.GetAsync(byRecording.Link)).StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await http.GetAsync(Assert.Single(byCall.Links))).StatusCode);

        _clock.Advance(TimeSpan.FromSeconds(420));
        Assert.Equal(HttpStatusCode.Forbidden, (await http.GetAsync(Assert.Single(byCall.Links))).StatusCode);
        var renewed = await zadarma.RequestRecordingAsync(callIdWithRec, TimeSpan.FromSeconds(180));
        Assert.Equal(HttpStatusCode.OK, (await http.GetAsync(renewed.Link)).StatusCode);
    }

    [Fact]
    public async Task A_link_without_its_token_or_with_another_recordings_token_is_refused_and_the_minimum_lifetime_holds()
    {
        var first = await _host.Calls.SimulateIncomingAsync("+7 999 123-45-67", [100], IncomingCallOutcome.Answered, TimeSpan.Zero);
        var second = await _host.Calls.SimulateIncomingAsync("+7 999 765-43-21", [101], IncomingCallOutcome.Answered, TimeSpan.Zero);
        var recordings = _host.Pbx.Calls.ToDictionary(c => c.PbxCallId, c => c.CallIdWithRec!);
        var zadarma = _host.Client();
        using var http = new HttpClient();

        var link = new Uri((await zadarma.RequestRecordingAsync(recordings[first], TimeSpan.FromSeconds(180))).Link);
        var bare = new Uri(link.GetLeftPart(UriPartial.Path));
        var borrowed = new Uri(SandboxPaths.Recording(_host.Address, recordings[second], "x").GetLeftPart(UriPartial.Path) + link.Query);

        Assert.Equal(HttpStatusCode.Forbidden, (await http.GetAsync(bare)).StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, (await http.GetAsync(borrowed)).StatusCode);
        var tooShort = await Assert.ThrowsAsync<ZadarmaException>(() => zadarma.RequestRecordingAsync(recordings[first], TimeSpan.FromSeconds(179)));
        Assert.Equal(ZadarmaErrorKind.Rejected, tooShort.Kind);
    }
}
