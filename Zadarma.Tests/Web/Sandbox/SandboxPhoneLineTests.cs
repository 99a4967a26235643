using System.Net;
using System.Net.Http.Json;
using Zadarma.Core.Sandbox;
using Zadarma.Tests.Infrastructure;

namespace Zadarma.Tests.Web.Sandbox;

/// <summary>
/// The stand-in widget's line to the sandbox over HTTP: it signs in with its key, hears its calls, and what the agent
/// does on it becomes the webhooks Zadarma would send for the call.
/// </summary>
public sealed class SandboxPhoneLineTests : IAsyncLifetime
{
    private SandboxHost _host = null!;

    public async Task InitializeAsync() => _host = await SandboxHost.StartAsync();

    public async Task DisposeAsync() => await _host.DisposeAsync();

    private IReadOnlyList<string> Events => _host.Webhooks.Select(h => h.Event).ToList();

    private ReceivedWebhook Webhook(string name) => _host.Webhooks.Single(h => h.Event == name);

    [Fact]
    public async Task A_widget_signs_in_with_the_key_issued_for_its_login_and_with_nothing_else()
    {
        var login = $"{_host.Pbx.PbxId}-100";
        var key = _host.Pbx.WebRtcKeyFor(login);
        using var wrongKey = WidgetLine.Client(_host, login, key + "x");
        using var otherLogin = WidgetLine.Client(_host, $"{_host.Pbx.PbxId}-101", key);
        using var unknownExtension = WidgetLine.Client(_host, $"{_host.Pbx.PbxId}-999", key);

        Assert.Equal(HttpStatusCode.Unauthorized, (await wrongKey.GetAsync("sandbox/zadarma/webphone/line")).StatusCode);
        Assert.Equal(HttpStatusCode.Unauthorized, (await otherLogin.GetAsync("sandbox/zadarma/webphone/line")).StatusCode);
        Assert.Equal(HttpStatusCode.Unauthorized, (await unknownExtension.PostAsJsonAsync("sandbox/zadarma/webphone/line/dial", new { number = "79991234567" })).StatusCode);

        using var widget = await WidgetLine.OpenAsync(_host, 100);
        Assert.Equal("text/event-stream", widget.ContentType);
        await widget.NextAsync(SandboxPhoneStatus.Idle);
    }

    [Fact]
    public async Task An_incoming_call_rings_the_widget_and_is_answered_and_hung_up_there()
    {
        using var widget = await WidgetLine.OpenAsync(_host, 100);
        await widget.NextAsync(SandboxPhoneStatus.Idle);

        var call = _host.Calls.SimulateRoutedIncomingAsync("+7 999 123-45-67");
        var ringing = await widget.NextAsync(SandboxPhoneStatus.Ringing);
        Assert.Equal(("Incoming", "79991234567"), (ringing.GetProperty("direction").GetString(), ringing.GetProperty("number").GetString()));
        Assert.Equal(["NOTIFY_START", "NOTIFY_INTERNAL"], Events);

        var id = ringing.GetProperty("call").GetString();
        Assert.Equal(HttpStatusCode.NoContent, (await widget.SendAsync("answer", new { call = id })).StatusCode);
        await widget.NextAsync(SandboxPhoneStatus.Talking);
        await Eventually.HoldsAsync(() => Events.Contains("NOTIFY_ANSWER"), "the answer is notified");
        Assert.Equal(HttpStatusCode.NoContent, (await widget.SendAsync("hangup", new { call = id })).StatusCode);
        var ended = await widget.NextAsync(SandboxPhoneStatus.Ended);

        Assert.Equal("Answered", ended.GetProperty("outcome").GetString());
        Assert.Equal(id, await call);
        Assert.Equal(["NOTIFY_START", "NOTIFY_INTERNAL", "NOTIFY_ANSWER", "NOTIFY_END", "NOTIFY_RECORD"], Events);
        Assert.All(_host.Webhooks, h => Assert.True(WebhookSignature.IsValid(h, SandboxHost.Secret), h.Event));
        Assert.Equal(("100", "100"), (Webhook("NOTIFY_ANSWER")["internal"], Webhook("NOTIFY_END")["internal"]));
        Assert.Equal(("answered", "16", "1"), (Webhook("NOTIFY_END")["disposition"], Webhook("NOTIFY_END")["status_code"], Webhook("NOTIFY_END")["is_recorded"]));
        Assert.Equal("answered", Assert.Single(_host.Pbx.Calls).Disposition);
    }

    [Fact]
    public async Task A_declined_call_ends_busy()
    {
        using var widget = await WidgetLine.OpenAsync(_host, 100);
        var call = _host.Calls.SimulateRoutedIncomingAsync("79991234567");
        var id = (await widget.NextAsync(SandboxPhoneStatus.Ringing)).GetProperty("call").GetString();

        Assert.Equal(HttpStatusCode.NoContent, (await widget.SendAsync("decline", new { call = id })).StatusCode);

        Assert.Equal("Declined", (await widget.NextAsync(SandboxPhoneStatus.Ended)).GetProperty("outcome").GetString());
        await call;
        Assert.Equal(["NOTIFY_START", "NOTIFY_INTERNAL", "NOTIFY_END"], Events);
        Assert.Equal(("busy", "0", "0"), (Webhook("NOTIFY_END")["disposition"], Webhook("NOTIFY_END")["duration"], Webhook("NOTIFY_END")["is_recorded"]));
        // The call is over: answering it now is refused.
        Assert.Equal(HttpStatusCode.Conflict, (await widget.SendAsync("answer", new { call = id })).StatusCode);
    }

    [Fact]
    public async Task A_call_nobody_answers_rings_out_and_a_widget_that_goes_away_misses_its_call()
    {
        await using var host = await SandboxHost.StartAsync(settings: new Dictionary<string, string?> { ["Sandbox:RingTimeout"] = "00:00:00.5" });
        using (var widget = await WidgetLine.OpenAsync(host, 100))
        {
            var call = host.Calls.SimulateRoutedIncomingAsync("79991234567");
            await widget.NextAsync(SandboxPhoneStatus.Ringing);
            Assert.Equal("Missed", (await widget.NextAsync(SandboxPhoneStatus.Ended)).GetProperty("outcome").GetString());
            await call;
        }
        Assert.Equal("no answer", host.Webhooks.Single(h => h.Event == "NOTIFY_END")["disposition"]);

        // The page closes while the call rings: the PBX finds nobody there.
        await using var patient = await SandboxHost.StartAsync();
        var widgetThatGoes = await WidgetLine.OpenAsync(patient, 100);
        var unanswered = patient.Calls.SimulateRoutedIncomingAsync("79991234567");
        await widgetThatGoes.NextAsync(SandboxPhoneStatus.Ringing);
        widgetThatGoes.Dispose();
        await unanswered.WaitAsync(TimeSpan.FromSeconds(10));
        Assert.Equal("no answer", patient.Webhooks.Single(h => h.Event == "NOTIFY_END")["disposition"]);
    }

    [Fact]
    public async Task Without_an_open_widget_a_routed_call_is_answered_as_scripted()
    {
        await _host.Calls.SimulateRoutedIncomingAsync("79991234567");

        Assert.Equal(["NOTIFY_START", "NOTIFY_INTERNAL", "NOTIFY_ANSWER", "NOTIFY_END", "NOTIFY_RECORD"], Events);
    }

    [Fact]
    public async Task The_agent_dials_talks_and_hangs_up_with_the_outgoing_notifications()
    {
        using var widget = await WidgetLine.OpenAsync(_host, 101);

        var dialled = await widget.SendAsync("dial", new { number = "+7 912 000-11-22" });

        Assert.Equal(HttpStatusCode.OK, dialled.StatusCode);
        var talking = await widget.NextAsync(SandboxPhoneStatus.Talking);
        Assert.Equal(("Outgoing", "79120001122"), (talking.GetProperty("direction").GetString(), talking.GetProperty("number").GetString()));
        Assert.Equal(HttpStatusCode.Conflict, (await widget.SendAsync("dial", new { number = "79990000000" })).StatusCode);
        await Eventually.HoldsAsync(() => Events.Contains("NOTIFY_OUT_START"), "the call's start is notified");
        Assert.Equal(HttpStatusCode.NoContent, (await widget.SendAsync("hangup", new { call = talking.GetProperty("call").GetString() })).StatusCode);
        await widget.NextAsync(SandboxPhoneStatus.Ended);

        await Eventually.HoldsAsync(() => Events.Contains("NOTIFY_RECORD"), "the recording is notified");
        Assert.Equal(["NOTIFY_OUT_START", "NOTIFY_OUT_END", "NOTIFY_RECORD"], Events);
        Assert.All(_host.Webhooks, h => Assert.True(WebhookSignature.IsValid(h, SandboxHost.Secret), h.Event));
        var start = Webhook("NOTIFY_OUT_START");
        Assert.Equal(("101", "79120001122"), (start["internal"], start["destination"]));
        var end = Webhook("NOTIFY_OUT_END");
        Assert.Equal(("answered", "1", start["pbx_call_id"]), (end["disposition"], end["is_recorded"], end["pbx_call_id"]));
    }

    [Fact]
    public async Task Hanging_up_before_the_other_side_answers_cancels_the_call()
    {
        await using var host = await SandboxHost.StartAsync(settings: new Dictionary<string, string?> { ["Sandbox:StepDelay"] = "00:01:00" });
        using var widget = await WidgetLine.OpenAsync(host, 100);
        await widget.SendAsync("dial", new { number = "79120001122" });
        var dialling = await widget.NextAsync(SandboxPhoneStatus.Dialling);

        await widget.SendAsync("hangup", new { call = dialling.GetProperty("call").GetString() });

        Assert.Equal("Cancelled", (await widget.NextAsync(SandboxPhoneStatus.Ended)).GetProperty("outcome").GetString());
        await Eventually.HoldsAsync(() => host.Webhooks.Any(h => h.Event == "NOTIFY_OUT_END"), "the end is notified");
        var end = host.Webhooks.Single(h => h.Event == "NOTIFY_OUT_END");
        Assert.Equal(("cancel", "0", "0"), (end["disposition"], end["duration"], end["is_recorded"]));
        Assert.DoesNotContain(host.Webhooks, h => h.Event == "NOTIFY_RECORD");
    }

    [Fact]
    public async Task A_number_too_short_to_dial_is_refused()
    {
        using var widget = await WidgetLine.OpenAsync(_host, 100);

        Assert.Equal(HttpStatusCode.BadRequest, (await widget.SendAsync("dial", new { number = "1-2" })).StatusCode);
        Assert.Empty(_host.Webhooks);
    }
}
