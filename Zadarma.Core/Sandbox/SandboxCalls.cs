using System.Globalization;
using System.Security.Cryptography;
using System.Text.Json;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using Zadarma.Core.Webhooks;

namespace Zadarma.Core.Sandbox;

/// <summary>
/// Plays calls on the sandbox PBX: posts the webhooks Zadarma would send, in its order and with its fields, and
/// records each call for statistics and recordings. Calls on a browser phone follow what the agent does on it.
/// </summary>
public sealed class SandboxCalls(
    SandboxPbx pbx,
    SandboxPhones phones,
    SandboxWebhookSender sender,
    SandboxAppAddress address,
    IOptions<SandboxOptions> options,
    [FromKeyedServices(SandboxRegistration.ClockKey)] TimeProvider clock,
    ILogger<SandboxCalls> logger) : IDisposable
{
    private const string NormalClearing = "16";
    private const string UserBusy = "17";
    private const string NoAnswer = "19";

    private readonly CancellationTokenSource _stopping = new();

    /// <summary>
    /// An incoming call from <paramref name="callerNumber"/> that rings <paramref name="extensions"/>:
    /// NOTIFY_START, NOTIFY_INTERNAL per extension, then NOTIFY_ANSWER, NOTIFY_END and NOTIFY_RECORD when answered,
    /// or NOTIFY_END alone when missed or busy. Completes when the last webhook has been posted.
    /// </summary>
    /// <param name="stepDelay">Pause between events; the configured <c>Sandbox:StepDelay</c> when null.</param>
    /// <returns>The call's <c>pbx_call_id</c>.</returns>
    public Task<string> SimulateIncomingAsync(
        string callerNumber,
        IReadOnlyList<int> extensions,
        IncomingCallOutcome outcome = IncomingCallOutcome.Answered,
        TimeSpan? stepDelay = null,
        CancellationToken ct = default)
    {
        if (extensions.Count == 0 || extensions.Any(e => pbx.FindExtension(e) is null))
            throw new ArgumentException("Ring at least one extension of the sandbox PBX.", nameof(extensions));
        return PlayIncomingAsync(WebhookTarget(), callerNumber, _ => extensions, outcome, stepDelay ?? options.Value.StepDelay, ct);
    }

    /// <summary>
    /// An incoming call that follows the app's reply to NOTIFY_START, as Zadarma does: the extension named in its
    /// <c>redirect</c> rings; without one, the PBX scenario rings the first extension. Webhooks go to the app's own
    /// receiver, so that a newcomer sees routing, the popup and the journal at once.
    /// </summary>
    /// <param name="outcome">How it ends; when null, as the agent decides on the extension's browser phone, or
    /// answered when no browser phone is open there.</param>
    public Task<string> SimulateRoutedIncomingAsync(
        string callerNumber,
        IncomingCallOutcome? outcome = null,
        TimeSpan? stepDelay = null,
        CancellationToken ct = default) =>
        PlayIncomingAsync(AppReceiver(), callerNumber, Routed, outcome, stepDelay ?? options.Value.StepDelay, ct);

    /// <summary>
    /// Plays <see cref="SimulateRoutedIncomingAsync"/> in the background, as a real caller does not wait for a page: it
    /// rings the browser phone of the extension it is routed to, when one is open.
    /// </summary>
    /// <exception cref="InvalidOperationException">The sandbox does not know where the app answers.</exception>
    public void StartRoutedIncoming(string callerNumber)
    {
        var target = AppReceiver();
        RunInBackground(
            ct => PlayIncomingAsync(target, callerNumber, Routed, outcome: null, options.Value.StepDelay, ct),
            "Sandbox incoming call could not be played");
    }

    /// <param name="outcome">Null: the browser phone of the first ringing extension decides, when one is open.</param>
    private async Task<string> PlayIncomingAsync(
        Uri target,
        string callerNumber,
        Func<string?, IReadOnlyList<int>> ringing,
        IncomingCallOutcome? outcome,
        TimeSpan delay,
        CancellationToken ct)
    {
        var start = pbx.LocalNow;
        var callStart = SandboxPbx.FormatTime(start);
        var pbxCallId = "in_" + RandomHex(20);
        var caller = Digits(callerNumber);
        var common = new[] { ("call_start", callStart), ("pbx_call_id", pbxCallId), ("caller_id", caller), ("called_did", SandboxPbx.Did) };

        var reply = pbx.Notifications.Start ? await sender.SendForReplyAsync(target, SandboxWebhook.Of("NOTIFY_START", common), ct) : null;
        var extensions = ringing(reply);
        var answering = extensions[0];
        foreach (var extension in extensions)
        {
            await PauseAsync(delay, ct);
            if (pbx.Notifications.Internal)
                await sender.SendAsync(target, SandboxWebhook.Of("NOTIFY_INTERNAL", [.. common, ("internal", Text(extension))]), ct);
        }

        Task AnswerAsync() => pbx.Notifications.Answer
            ? sender.SendAsync(target, SandboxWebhook.Of("NOTIFY_ANSWER",
                ("caller_id", caller), ("destination", Text(answering)), ("call_start", callStart), ("pbx_call_id", pbxCallId), ("internal", Text(answering))), ct)
            : Task.CompletedTask;

        var (ended, seconds) = outcome is null && phones.Online(answering) is { } phone
            ? await RingPhoneAsync(phone, pbxCallId, caller, AnswerAsync, ct)
            : await PlayScriptedAsync(outcome ?? IncomingCallOutcome.Answered, delay, AnswerAsync, ct);

        var (disposition, statusCode) = ended switch
        {
            IncomingCallOutcome.Answered => ("answered", NormalClearing),
            IncomingCallOutcome.Busy => ("busy", UserBusy),
            _ => ("no answer", NoAnswer),
        };
        var answered = ended == IncomingCallOutcome.Answered;
        var callIdWithRec = answered ? CallIdWithRec(start, answering) : null;

        pbx.Record(new SandboxCall(pbxCallId, CallId(start), callIdWithRec, start, answering, caller, SandboxPbx.Did, disposition, seconds));
        if (pbx.Notifications.End)
        {
            await sender.SendAsync(target, SandboxWebhook.Of("NOTIFY_END",
            [
                .. common, ("internal", Text(answering)), ("duration", Text(seconds)), ("disposition", disposition),
                ("status_code", statusCode), ("is_recorded", answered ? "1" : "0"), ("call_id_with_rec", callIdWithRec ?? ""),
            ]), ct);
        }
        await SendRecordAsync(target, pbxCallId, callIdWithRec, delay, ct);
        return pbxCallId;
    }

    /// <summary>A scripted call: the answer, if any, a step after the ringing, and a talk of a random length.</summary>
    private static async Task<(IncomingCallOutcome Outcome, int Seconds)> PlayScriptedAsync(
        IncomingCallOutcome outcome, TimeSpan delay, Func<Task> answer, CancellationToken ct)
    {
        await PauseAsync(delay, ct);
        if (outcome != IncomingCallOutcome.Answered)
            return (outcome, 0);
        await answer();
        await PauseAsync(delay, ct);
        return (outcome, RandomNumberGenerator.GetInt32(15, 240));
    }

    /// <summary>
    /// The call rings the browser phone until the agent answers or declines it, or it rings out; an answered call lasts
    /// until the agent hangs up. A phone already on a call is busy.
    /// </summary>
    private async Task<(IncomingCallOutcome Outcome, int Seconds)> RingPhoneAsync(
        SandboxPhoneLine phone, string pbxCallId, string caller, Func<Task> answer, CancellationToken ct)
    {
        if (phone.Ring(pbxCallId, caller) is not { } call)
            return (IncomingCallOutcome.Busy, 0);
        try
        {
            if (!await PickedUpAsync(phone, call, ct))
                return ((await call.Ended).Outcome == SandboxPhoneOutcome.Missed ? IncomingCallOutcome.Missed : IncomingCallOutcome.Busy, 0);
            await answer();
            return (IncomingCallOutcome.Answered, (await call.Ended.WaitAsync(ct)).TalkSeconds);
        }
        finally
        {
            Hang(phone, call);
        }
    }

    private async Task<bool> PickedUpAsync(SandboxPhoneLine phone, SandboxPhoneCall call, CancellationToken ct)
    {
        try
        {
            return await call.PickedUp.WaitAsync(options.Value.RingTimeout, clock, ct);
        }
        catch (TimeoutException)
        {
            // Answered at the last moment, the call stays answered.
            phone.RingOut(call);
            return await call.PickedUp;
        }
    }

    /// <summary>
    /// What a click-to-call produces once <paramref name="from"/> picks up: NOTIFY_OUT_START, NOTIFY_OUT_END (answered,
    /// recorded) and NOTIFY_RECORD, all with one <c>out_</c> id.
    /// </summary>
    /// <returns>The call's <c>pbx_call_id</c>.</returns>
    public async Task<string> SimulateCallbackAsync(string from, string to, TimeSpan? stepDelay = null, CancellationToken ct = default)
    {
        var target = WebhookTarget();
        var delay = stepDelay ?? options.Value.StepDelay;
        var start = pbx.LocalNow;
        var pbxCallId = "out_" + RandomHex(20);
        var destination = Digits(to);
        var extension = int.TryParse(from, NumberStyles.None, CultureInfo.InvariantCulture, out var number) ? number : 0;

        await PauseAsync(delay, ct);
        await StartOutgoingAsync(target, pbxCallId, start, from, destination, ct);
        await PauseAsync(delay, ct);
        await EndOutgoingAsync(target, pbxCallId, start, extension, destination, RandomNumberGenerator.GetInt32(15, 240), delay, ct);
        return pbxCallId;
    }

    /// <summary>
    /// A call the agent dials on the browser phone: NOTIFY_OUT_START at once, the other side answers a step later, and
    /// when the agent hangs up, NOTIFY_OUT_END (answered, with the talk time, recorded) and NOTIFY_RECORD; hung up before
    /// the answer, NOTIFY_OUT_END with <c>cancel</c>. Plays in the background.
    /// </summary>
    /// <returns>The call's <c>pbx_call_id</c>; null when the phone is on another call.</returns>
    /// <exception cref="InvalidOperationException">The sandbox does not know where the app answers.</exception>
    public string? DialFromPhone(SandboxPhoneLine phone, string number)
    {
        var target = WebhookTarget();
        var start = pbx.LocalNow;
        if (phone.Dial("out_" + RandomHex(20), Digits(number)) is not { } call)
            return null;
        RunInBackground(ct => PlayDialledAsync(target, phone, call, start, ct), "Sandbox phone call from {Extension} could not be played", phone.Extension);
        return call.Id;
    }

    private async Task PlayDialledAsync(Uri target, SandboxPhoneLine phone, SandboxPhoneCall call, DateTime start, CancellationToken ct)
    {
        try
        {
            await StartOutgoingAsync(target, call.Id, start, Text(phone.Extension), call.Number, ct);
            // The other side answers a step later, unless the agent gave up first.
            await Task.WhenAny(call.Ended, PauseAsync(options.Value.StepDelay, ct));
            phone.Connect(call);
            var end = await call.Ended.WaitAsync(ct);
            await EndOutgoingAsync(target, call.Id, start, phone.Extension, call.Number,
                end.Outcome == SandboxPhoneOutcome.Answered ? end.TalkSeconds : null, options.Value.StepDelay, ct);
        }
        finally
        {
            Hang(phone, call);
        }
    }

    private async Task StartOutgoingAsync(Uri target, string pbxCallId, DateTime start, string from, string destination, CancellationToken ct)
    {
        if (pbx.Notifications.OutStart)
        {
            await sender.SendAsync(target, SandboxWebhook.Of("NOTIFY_OUT_START",
                ("call_start", SandboxPbx.FormatTime(start)), ("pbx_call_id", pbxCallId), ("internal", from), ("destination", destination)), ct);
        }
    }

    /// <param name="talkSeconds">How long they talked; null when the other side never answered.</param>
    private async Task EndOutgoingAsync(
        Uri target, string pbxCallId, DateTime start, int extension, string destination, int? talkSeconds, TimeSpan delay, CancellationToken ct)
    {
        var seconds = talkSeconds ?? 0;
        var disposition = talkSeconds is null ? "cancel" : "answered";
        var callIdWithRec = talkSeconds is null ? null : CallIdWithRec(start, extension);
        pbx.Record(new SandboxCall(pbxCallId, CallId(start), callIdWithRec, start, extension, SandboxPbx.Did, destination, disposition, seconds));
        if (pbx.Notifications.OutEnd)
        {
            await sender.SendAsync(target, SandboxWebhook.Of("NOTIFY_OUT_END",
                ("call_start", SandboxPbx.FormatTime(start)), ("pbx_call_id", pbxCallId), ("caller_id", SandboxPbx.Did), ("destination", destination),
                ("internal", Text(extension)), ("duration", Text(seconds)), ("disposition", disposition), ("status_code", NormalClearing),
                ("is_recorded", callIdWithRec is null ? "0" : "1"), ("call_id_with_rec", callIdWithRec ?? "")), ct);
        }
        await SendRecordAsync(target, pbxCallId, callIdWithRec, delay, ct);
    }

    private async Task SendRecordAsync(Uri target, string pbxCallId, string? callIdWithRec, TimeSpan delay, CancellationToken ct)
    {
        if (callIdWithRec is null)
            return;
        await PauseAsync(delay, ct);
        await sender.SendAsync(target, SandboxWebhook.Of("NOTIFY_RECORD", ("call_id_with_rec", callIdWithRec), ("pbx_call_id", pbxCallId)), ct);
    }

    /// <summary>A call cut short (the app stops) ends on the phone too, so that no widget keeps showing it.</summary>
    private static void Hang(SandboxPhoneLine phone, SandboxPhoneCall call)
    {
        if (!call.Ended.IsCompleted && !phone.RingOut(call))
            phone.HangUp(call.Id);
    }

    /// <summary>Plays a callback in the background, as Zadarma answers the API call before the phones ring.</summary>
    internal void StartCallback(string from, string to) =>
        RunInBackground(ct => SimulateCallbackAsync(from, to, ct: ct), "Sandbox callback from {From} could not be played", from);

    /// <summary>
    /// Runs sandbox work that nobody awaits: a failure is logged with <paramref name="failure"/>, and work cut short
    /// because the app stops ends quietly.
    /// </summary>
    private void RunInBackground(Func<CancellationToken, Task> work, string failure, params object?[] args) => _ = Task.Run(async () =>
    {
        try
        {
            await work(_stopping.Token);
        }
        catch (OperationCanceledException) when (_stopping.IsCancellationRequested)
        {
        }
        catch (Exception e)
        {
            logger.LogError(e, failure, args);
        }
    });

    public void Dispose()
    {
        _stopping.Cancel();
        _stopping.Dispose();
    }

    /// <summary>The extension a NOTIFY_START reply redirects to, when it is one of the PBX's; else the PBX scenario's first.</summary>
    private IReadOnlyList<int> Routed(string? reply)
    {
        var redirect = ParseRedirect(reply);
        return [int.TryParse(redirect, NumberStyles.None, CultureInfo.InvariantCulture, out var number) && pbx.FindExtension(number) is not null
            ? number
            : pbx.Extensions[0].Number];
    }

    private static string? ParseRedirect(string? reply)
    {
        if (string.IsNullOrWhiteSpace(reply))
            return null;
        try
        {
            return JsonSerializer.Deserialize<RoutingReply>(reply)?.Redirect;
        }
        catch (JsonException)
        {
            return null;
        }
    }

    private Uri WebhookTarget() =>
        pbx.WebhookUrl ?? FindAppReceiver()
        ?? throw new InvalidOperationException("The sandbox does not know the app's address: set Sandbox:AppUrl or a webhook URL.");

    private Uri AppReceiver() =>
        FindAppReceiver() ?? throw new InvalidOperationException("The sandbox does not know the app's address: set Sandbox:AppUrl.");

    private Uri? FindAppReceiver() =>
        address.Find() is { } app ? new Uri(SandboxPaths.WithSlash(app), SandboxPaths.WebhookReceiver) : null;

    private static Task PauseAsync(TimeSpan delay, CancellationToken ct) =>
        delay > TimeSpan.Zero ? Task.Delay(delay, ct) : Task.CompletedTask;

    // Zadarma writes numbers without the plus, and a hidden number as "0".
    private static string Digits(string number) => string.Concat(number.Where(char.IsAsciiDigit)) is { Length: > 0 } digits ? digits : "0";

    private static string Text(int value) => value.ToString(CultureInfo.InvariantCulture);

    private static string RandomHex(int bytes) => Convert.ToHexStringLower(RandomNumberGenerator.GetBytes(bytes));

    private static string CallId(DateTime start) =>
        string.Create(CultureInfo.InvariantCulture, $"{SandboxPbx.UnixTime(start)}.{RandomNumberGenerator.GetInt32(1000, 10000)}");

    // Shaped like Zadarma's: 1-<unix>.<micro>-<ext>-<date>-<time>; it also names the recording file.
    private static string CallIdWithRec(DateTime start, int extension) =>
        string.Create(CultureInfo.InvariantCulture,
            $"1-{SandboxPbx.UnixTime(start)}.{RandomNumberGenerator.GetInt32(100_000, 1_000_000)}-{extension}-{start:yyyy-MM-dd-HHmmss}");
}
