using System.Globalization;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using Zadarma.Core.Api;
using Zadarma.Core.Calls;
using Zadarma.Core.Settings;

namespace Zadarma.Core.Recordings;

/// <summary>
/// The recordings of calls: which a listener may hear, and what to play. With "play recordings remotely" the
/// browser gets a short-lived Zadarma link; otherwise the server keeps a copy and serves it. Every play and
/// download that the caller marks as audited is written to the <see cref="RecordingAuditLog"/>.
/// </summary>
public sealed class CallRecordings(
    CallJournal journal,
    RecordingAccess access,
    RecordingLinkCache links,
    RecordingCopies copies,
    RecordingAuditLog audit,
    RecordingFailures failures,
    ContinuedPlays continued,
    SettingsStore settings,
    ZadarmaClient zadarma,
    TimeProvider clock,
    IOptions<RecordingOptions> options,
    ILogger<CallRecordings> logger)
{
    /// <summary>Names the legs of a call recorded without a <c>call_id_with_rec</c>: <c>leg-1</c>, <c>leg-2</c>…</summary>
    private const string LegPrefix = "leg-";

    private const string LifetimeTillFormat = "yyyy-MM-dd HH:mm:ss";

    public Task<Call?> FindCallAsync(int callId, CancellationToken ct = default) => journal.FindAsync(callId, ct);

    /// <summary>
    /// The call's recordings: the ids the PBX reported, or, when it said "recorded" without naming one, each leg
    /// Zadarma lists for the whole call.
    /// </summary>
    public async Task<IReadOnlyList<string>> ListAsync(Call call, CancellationToken ct = default)
    {
        if (call.RecordingIds.Count > 0)
            return call.RecordingIds;
        if (!call.IsRecorded)
            return [];
        var legs = await LegLinksAsync(call, ct);
        return Enumerable.Range(1, legs.Count).Select(n => LegPrefix + n.ToString(CultureInfo.InvariantCulture)).ToList();
    }

    /// <summary>The recordings of a call the listener may hear; none otherwise, and then Zadarma is not asked.</summary>
    public async Task<IReadOnlyList<string>> ListAsync(RecordingListener listener, int callId, CancellationToken ct = default) =>
        await journal.FindAsync(callId, ct) is { } call && await access.MayListenAsync(listener, call, ct) ? await ListAsync(call, ct) : [];

    /// <summary>Which calls the listener may hear, for a page that shows many.</summary>
    public Task<RecordingPermission> PermissionOfAsync(RecordingListener listener, CancellationToken ct = default) =>
        access.PermissionOfAsync(listener, ct);

    public async Task<bool> MayListenAsync(RecordingListener listener, int callId, CancellationToken ct = default) =>
        await journal.FindAsync(callId, ct) is { } call && await access.MayListenAsync(listener, call, ct);

    public Task<bool> MayListenAsync(RecordingListener listener, Call call, CancellationToken ct = default) =>
        access.MayListenAsync(listener, call, ct);

    /// <param name="audited">Whether this request starts a play or download; seeks within one play are not written again.</param>
    public async Task<RecordingOpening> OpenAsync(
        RecordingListener listener, int callId, string recordingId, RecordingAction action, bool audited, CancellationToken ct = default)
    {
        if (await journal.FindAsync(callId, ct) is not { } call)
            return RecordingOpening.NotFound;
        // Before the list: listing a call recorded without ids asks Zadarma, and that quota is not for those refused.
        if (!await access.MayListenAsync(listener, call, ct))
        {
            logger.LogWarning("Recording {RecordingId} of call {CallId} refused to user {UserId}", recordingId, callId, listener.UserId);
            return RecordingOpening.Forbidden;
        }
        if (!(await ListAsync(call, ct)).Contains(recordingId))
            return RecordingOpening.NotFound;

        var remote = (await settings.GetAsync(ct)).PlayRecordingsRemotely;
        RecordingOpening opening;
        try
        {
            opening = remote
                ? new RecordingOpening(RecordingOutcome.Remote, Link: await LinkAsync(call, recordingId, ct))
                : new RecordingOpening(RecordingOutcome.Local, File: await copies.GetAsync($"{call.PbxCallId}-{recordingId}", (fresh, t) =>
                {
                    if (fresh)
                        links.Forget(LinkKey(call, recordingId));
                    return LinkAsync(call, recordingId, t);
                }, ct));
        }
        catch (Exception e) when (e is ZadarmaException or RecordingDownloadException)
        {
            failures.Remember(listener, callId, recordingId, e);
            throw;
        }
        failures.Forget(listener, callId, recordingId);
        if (audited)
        {
            var source = remote ? RecordingSource.Remote : RecordingSource.Local;
            await audit.WriteAsync(listener, call, recordingId, action, source, ct);
            logger.LogInformation("Recording {RecordingId} of call {CallId}: {Action} by user {UserId} ({Source})", recordingId, callId, action, listener.UserId, source);
        }
        return opening;
    }

    /// <summary>
    /// After the browser's player failed although the server answered: the cached link is dropped and a fresh one
    /// asked for, or the missing copy fetched again. The opening carries <see cref="RecordingOpening.Continuation"/>
    /// for the replay, which is the same play and is not audited again. Throws <see cref="ZadarmaException"/> or
    /// <see cref="RecordingDownloadException"/> with the reason.
    /// </summary>
    public async Task<RecordingOpening> RenewAsync(RecordingListener listener, int callId, string recordingId, CancellationToken ct = default)
    {
        if (await journal.FindAsync(callId, ct) is { } call)
            links.Forget(LinkKey(call, recordingId));
        var opening = await OpenAsync(listener, callId, recordingId, RecordingAction.Play, audited: false, ct);
        return opening.Outcome is RecordingOutcome.Remote or RecordingOutcome.Local
            ? opening with { Continuation = continued.Issue(listener, callId, recordingId) }
            : opening;
    }

    /// <summary>Whether <paramref name="continuation"/> marks a request as the replay of a play already audited.</summary>
    public bool Continues(string? continuation, RecordingListener listener, int callId, string recordingId) =>
        continued.Continues(continuation, listener, callId, recordingId);

    /// <summary>Why the listener's last request for the recording failed, if it did: what a player shows.</summary>
    public Exception? TakeFailure(RecordingListener listener, int callId, string recordingId) =>
        failures.Take(listener, callId, recordingId);

    private async Task<Uri> LinkAsync(Call call, string recordingId, CancellationToken ct)
    {
        if (call.RecordingIds.Count == 0)
            return (await LegLinksAsync(call, ct))[int.Parse(recordingId[LegPrefix.Length..], CultureInfo.InvariantCulture) - 1];

        var link = await links.GetAsync(LinkKey(call, recordingId), async token =>
        {
            var reply = await zadarma.RequestRecordingAsync(recordingId, options.Value.RemoteLinkLifetime, token);
            logger.LogInformation("Recording link of {RecordingId} (call {CallId}) requested from Zadarma", recordingId, call.Id);
            return new CachedLinks([new Uri(reply.Link)], await ValidUntilAsync(reply.LifetimeTill, token));
        }, ct);
        return link[0];
    }

    private Task<IReadOnlyList<Uri>> LegLinksAsync(Call call, CancellationToken ct) =>
        links.GetAsync(LinkKey(call, null), async token =>
        {
            var reply = await zadarma.RequestRecordingsByPbxCallAsync(call.PbxCallId, options.Value.RemoteLinkLifetime, token);
            logger.LogInformation("Recording links of call {CallId} requested from Zadarma: {Count}", call.Id, reply.Links.Count);
            return new CachedLinks(reply.Links.Select(l => new Uri(l)).ToList(), await ValidUntilAsync(reply.LifetimeTill, token));
        }, ct);

    private static string LinkKey(Call call, string? recordingId) =>
        call.RecordingIds.Count == 0 ? "pbx:" + call.PbxCallId : "rec:" + recordingId;

    /// <summary>
    /// Zadarma writes <c>lifetime_till</c> in the account's time zone; the lifetime asked for bounds it in case
    /// the two clocks or zones disagree.
    /// </summary>
    private async Task<DateTime> ValidUntilAsync(string lifetimeTill, CancellationToken ct)
    {
        var asked = clock.GetUtcNow().UtcDateTime + options.Value.RemoteLinkLifetime;
        if (!DateTime.TryParseExact(lifetimeTill, LifetimeTillFormat, CultureInfo.InvariantCulture, DateTimeStyles.None, out var local))
            return asked;
        var till = DateTime.SpecifyKind(local.AddMinutes(-(await settings.GetAsync(ct)).PbxUtcOffsetMinutes), DateTimeKind.Utc);
        return till < asked ? till : asked;
    }
}
