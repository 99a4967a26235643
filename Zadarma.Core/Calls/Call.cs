using Zadarma.Core.Directory;
using Zadarma.Core.Webhooks;

namespace Zadarma.Core.Calls;

/// <summary>
/// One call in the journal, keyed by the PBX's <c>pbx_call_id</c>. Notifications arrive in any order and
/// may repeat, so every field is a merge over the set of notifications seen (maximum, minimum, union, or
/// "the strongest source wins"), never "the last one wins": any arrival order gives the same call.
/// </summary>
public sealed class Call
{
    public int Id { get; set; }

    public required string PbxCallId { get; set; }

    public CallDirection Direction { get; set; }

    /// <summary>Every kind of notification applied so far.</summary>
    public WebhookEventType EventsSeen { get; set; }

    /// <summary>The client's number exactly as the PBX reported it (digits, often without a plus; <c>0</c> when hidden).</summary>
    public string? ClientNumberRaw { get; set; }

    /// <summary>How trustworthy the notification that gave <see cref="ClientNumberRaw"/> is; a stronger one replaces it.</summary>
    public int ClientNumberRank { get; set; }

    /// <summary>The client's number in E.164, when it could be read.</summary>
    public string? ClientNumber { get; set; }

    /// <summary>The digits of <see cref="ClientNumber"/> reversed: "ends with these digits" becomes a prefix an index finds.</summary>
    public string? ClientNumberReversed { get; set; }

    public bool IsAnonymous { get; set; }

    /// <summary>The company number the client dialled.</summary>
    public string? Did { get; set; }

    /// <summary>Extensions that rang or took part, sorted.</summary>
    public List<string> Extensions { get; set; } = [];

    /// <summary>The extension that answered.</summary>
    public string? AnsweredBy { get; set; }

    /// <summary>The employee whose extension <see cref="AnsweredBy"/> was when the call was applied: remapping an extension later does not rewrite history.</summary>
    public int? AnsweredByEmployeeId { get; set; }

    /// <summary>Employees whose extensions rang or answered, as mapped when the call was applied.</summary>
    public List<int> StaffEmployeeIds { get; set; } = [];

    /// <summary>Every CRM client with this number; several when the directory cannot tell them apart.</summary>
    public List<int> ClientIds { get; set; } = [];

    public int? ResponsibleEmployeeId { get; set; }

    /// <summary>
    /// Employees this call concerns, who get its popup and find it in their journal: the responsible managers of the
    /// clients its number matched, and the manager of a client linked later, who joins rather than replaces them.
    /// </summary>
    public List<int> EmployeeIds { get; set; } = [];

    public DateTime? StartUtc { get; set; }

    public DateTime? AnsweredUtc { get; set; }

    public DateTime? EndedUtc { get; set; }

    public int? WaitSeconds { get; set; }

    /// <summary>The duration the end notification reported.</summary>
    public int? DurationSeconds { get; set; }

    public int? TalkSeconds { get; set; }

    public CallDisposition Disposition { get; set; }

    /// <summary>The disposition as sent, so values this version does not know are kept.</summary>
    public string? DispositionRaw { get; set; }

    /// <summary>The Q.931 cause the PBX reported (16 = normal clearing).</summary>
    public int? StatusCode { get; set; }

    public bool IsRecorded { get; set; }

    /// <summary>The <c>call_id_with_rec</c> of each recording, sorted.</summary>
    public List<string> RecordingIds { get; set; } = [];

    /// <summary>Free text an agent adds later; notifications never touch it.</summary>
    public string? Note { get; set; }

    /// <summary>Whether <see cref="Note"/> is set, computed by the database: the journal sorts calls with a note first.</summary>
    public bool HasNote { get; private set; }

    /// <summary>
    /// What the journal's Client column sorts by: "1" and the folded name and company of the first of its clients by name,
    /// or "2" and the number for a caller who is no client, so that callers nobody knows come after the clients. Kept by
    /// the database's triggers whenever the call's clients or number change, or a client is renamed or deleted.
    /// </summary>
    public string? ClientSortKey { get; private set; }

    /// <summary>
    /// What the journal's Who column sorts by, the person it shows first: who answered, for a missed call who is to call
    /// back, otherwise whose extension rang or called. "1" and the folded name of the employee, "2" and the extension of
    /// one with no employee, "3" for nobody. Kept by the database's triggers, as <see cref="ClientSortKey"/>.
    /// </summary>
    public string? EmployeeSortKey { get; private set; }

    public bool IsEnded => (EventsSeen & (WebhookEventType.NotifyEnd | WebhookEventType.NotifyOutEnd)) != 0;

    /// <summary>Merges one notification into the call. Commutative and idempotent: see the class summary.</summary>
    /// <param name="pbxUtcOffsetMinutes">The account's time zone, in which <c>call_start</c> is written.</param>
    /// <param name="country">Default country for reading the client's number.</param>
    /// <param name="employeeOf">The employee an extension is mapped to now, if any.</param>
    public void Apply(WebhookEvent webhook, int pbxUtcOffsetMinutes, Country country, Func<string, int?>? employeeOf = null)
    {
        var type = webhook.Type;
        EventsSeen |= type;
        Direction = (CallDirection)Math.Max((int)Direction, (int)DirectionOf(webhook));

        if (ClientNumberOf(webhook) is { } number
            && (number.Rank > ClientNumberRank || number.Rank == ClientNumberRank && string.CompareOrdinal(number.Raw, ClientNumberRaw) > 0))
        {
            ClientNumberRank = number.Rank;
            ClientNumberRaw = number.Raw;
            IsAnonymous = ReportedNumber.IsHidden(number.Raw);
            ClientNumber = !IsAnonymous && PhoneNumber.TryParseReported(number.Raw, country, out var parsed, out _)
                ? parsed.Value.E164
                : null;
            ClientNumberReversed = ClientNumber is { } e164 ? PhoneNumber.FromStored(e164).ReversedDigits : null;
        }

        Did = Max(Did, webhook.NonEmpty(WebhookField.CalledDid));
        TookPart(webhook.NonEmpty(WebhookField.Internal));
        var answerer = AnswererOf(webhook);
        TookPart(answerer);
        var answeredBefore = AnsweredBy;
        AnsweredBy = Min(AnsweredBy, answerer);
        if (employeeOf is not null && AnsweredBy is { } answered && (AnsweredBy != answeredBefore || AnsweredByEmployeeId is null))
            AnsweredByEmployeeId = employeeOf(answered);

        if (webhook.CallStartLocal is { } local)
            StartUtc = Min(StartUtc, DateTime.SpecifyKind(local.AddMinutes(-pbxUtcOffsetMinutes), DateTimeKind.Utc));
        // The PBX sends no answer or end time: the earliest arrival of that notification stands in for it.
        if (type == WebhookEventType.NotifyAnswer)
            AnsweredUtc = Min(AnsweredUtc, webhook.ReceivedUtc);

        if (type.IsEnd())
        {
            EndedUtc = Min(EndedUtc, webhook.ReceivedUtc);
            if (webhook.Duration is { } duration)
                DurationSeconds = Math.Max(DurationSeconds ?? 0, duration);
            MergeDisposition(webhook);
            if (webhook[WebhookField.IsRecorded] == "1")
            {
                IsRecorded = true;
                AddSorted(RecordingIds, webhook.NonEmpty(WebhookField.CallIdWithRec));
            }
        }
        if (type == WebhookEventType.NotifyRecord)
        {
            IsRecorded = true;
            AddSorted(RecordingIds, webhook.NonEmpty(WebhookField.CallIdWithRec));
        }

        Derive();

        void TookPart(string? extension)
        {
            if (extension is null)
                return;
            AddSorted(Extensions, extension);
            if (employeeOf?.Invoke(extension) is { } employee)
                AddSorted(StaffEmployeeIds, employee);
        }
    }

    private void MergeDisposition(WebhookEvent webhook)
    {
        var raw = webhook.NonEmpty(WebhookField.Disposition);
        var disposition = CallDispositions.Parse(raw);
        var status = webhook.StatusCode;
        var order = disposition.CompareTo(Disposition);
        if (order == 0)
            order = string.CompareOrdinal(raw, DispositionRaw);
        if (order == 0)
            order = Nullable.Compare(status, StatusCode);
        if (order <= 0)
            return;
        Disposition = disposition;
        DispositionRaw = raw;
        StatusCode = status;
    }

    /// <summary>Fields computed from the merged ones, so they follow the same order-independence.</summary>
    private void Derive()
    {
        TalkSeconds = Disposition == CallDisposition.Answered ? DurationSeconds ?? 0 : IsEnded ? 0 : null;

        var waitedUntil = AnsweredUtc
            ?? (Disposition == CallDisposition.Answered ? EndedUtc?.AddSeconds(-(DurationSeconds ?? 0)) : EndedUtc);
        WaitSeconds = StartUtc is { } start && waitedUntil is { } until
            ? (int)Math.Max(0, (until - start).TotalSeconds)
            : null;
    }

    private static CallDirection DirectionOf(WebhookEvent webhook)
    {
        var id = webhook.PbxCallId ?? "";
        if (id.StartsWith("in_", StringComparison.Ordinal))
            return CallDirection.Incoming;
        if (id.StartsWith("out_", StringComparison.Ordinal))
            return CallDirection.Outgoing;
        return webhook.Type switch
        {
            WebhookEventType.NotifyOutStart or WebhookEventType.NotifyOutEnd => CallDirection.Outgoing,
            WebhookEventType.Unknown or WebhookEventType.NotifyRecord => CallDirection.Unknown,
            _ => CallDirection.Incoming,
        };
    }

    /// <summary>
    /// Outgoing notifications name the client in <c>destination</c> and are trusted most (a callback also
    /// sends an END whose <c>caller_id</c> may be a leg of our own); incoming ones in <c>caller_id</c>.
    /// </summary>
    private static (int Rank, string Raw)? ClientNumberOf(WebhookEvent webhook) => webhook.Type switch
    {
        WebhookEventType.NotifyOutStart or WebhookEventType.NotifyOutEnd =>
            webhook[WebhookField.Destination] is { } destination ? (3, destination.Trim()) : null,
        WebhookEventType.NotifyRecord => null,
        WebhookEventType.Unknown =>
            webhook[WebhookField.CallerId] is { } unknownCaller ? (1, unknownCaller.Trim()) : null,
        _ => webhook[WebhookField.CallerId] is { } caller ? (2, caller.Trim()) : null,
    };

    private static string? AnswererOf(WebhookEvent webhook) => webhook.Type switch
    {
        WebhookEventType.NotifyAnswer => webhook.NonEmpty(WebhookField.Internal) ?? webhook.NonEmpty(WebhookField.Destination),
        WebhookEventType.NotifyEnd or WebhookEventType.NotifyOutEnd
            when CallDispositions.Parse(webhook[WebhookField.Disposition]) == CallDisposition.Answered => webhook.NonEmpty(WebhookField.Internal),
        _ => null,
    };

    private static void AddSorted(List<string> list, string? value)
    {
        if (string.IsNullOrEmpty(value))
            return;
        var index = list.BinarySearch(value, StringComparer.Ordinal);
        if (index < 0)
            list.Insert(~index, value);
    }

    private static void AddSorted(List<int> list, int value)
    {
        var index = list.BinarySearch(value);
        if (index < 0)
            list.Insert(~index, value);
    }

    private static string? Max(string? current, string? candidate) =>
        candidate is null || current is not null && string.CompareOrdinal(current, candidate) >= 0 ? current : candidate;

    private static string? Min(string? current, string? candidate) =>
        candidate is null || current is not null && string.CompareOrdinal(current, candidate) <= 0 ? current : candidate;

    private static DateTime? Min(DateTime? current, DateTime candidate) =>
        current is { } value && value <= candidate ? value : candidate;
}
