using System.Diagnostics.CodeAnalysis;
using System.Globalization;
using System.Security.Cryptography;
using System.Text;
using System.Text.Json;

namespace Zadarma.Core.Webhooks;

/// <summary>
/// One notification exactly as the PBX sent it: every field in arrival order, known or not, with the values
/// undecoded beyond the form encoding, because the signature is computed on them.
/// </summary>
public sealed class WebhookEvent
{
    public const string CallStartFormat = "yyyy-MM-dd HH:mm:ss";

    private WebhookEvent(IReadOnlyList<KeyValuePair<string, string>> fields, string name, DateTime receivedUtc)
    {
        Fields = fields;
        Name = name;
        Type = WebhookEventTypes.FromName(name);
        ReceivedUtc = receivedUtc;
    }

    public IReadOnlyList<KeyValuePair<string, string>> Fields { get; }

    /// <summary>The event name as sent, kept for kinds this version does not know (NOTIFY_INTERNAL_END, SPEECH_RECOGNITION...).</summary>
    public string Name { get; }

    public WebhookEventType Type { get; }

    public DateTime ReceivedUtc { get; }

    public string? PbxCallId => NonEmpty(WebhookField.PbxCallId);

    /// <summary>The first value of a field, or null when the field was not sent.</summary>
    public string? this[string field]
    {
        get
        {
            foreach (var pair in Fields)
            {
                if (pair.Key == field)
                    return pair.Value;
            }
            return null;
        }
    }

    public string? NonEmpty(string field) => this[field] is { Length: > 0 } value ? value : null;

    /// <summary>Reads the fields of a received form; only a missing event name makes it unreadable.</summary>
    public static bool TryRead(IReadOnlyList<KeyValuePair<string, string>> fields, DateTime receivedUtc,
        [NotNullWhen(true)] out WebhookEvent? webhook, [NotNullWhen(false)] out string? error)
    {
        webhook = null;
        var name = fields.FirstOrDefault(f => f.Key == WebhookField.Event).Value;
        if (string.IsNullOrWhiteSpace(name))
        {
            error = "The field 'event' is missing.";
            return false;
        }
        webhook = new WebhookEvent(fields, name, DateTime.SpecifyKind(receivedUtc, DateTimeKind.Utc));
        error = null;
        return true;
    }

    /// <summary>
    /// Why the event cannot be applied to a call, or null when it can. Only what the journal cannot do
    /// without is required: a refusal may make the PBX stop sending the rest of the call.
    /// </summary>
    public string? Validate()
    {
        string[] required = Type switch
        {
            WebhookEventType.Unknown => [],
            WebhookEventType.NotifyRecord => [WebhookField.PbxCallId, WebhookField.CallIdWithRec],
            WebhookEventType.NotifyInternal => [WebhookField.PbxCallId, WebhookField.CallStart, WebhookField.Internal],
            WebhookEventType.NotifyOutStart or WebhookEventType.NotifyOutEnd =>
                [WebhookField.PbxCallId, WebhookField.CallStart, WebhookField.Internal, WebhookField.Destination],
            _ => [WebhookField.PbxCallId, WebhookField.CallStart],
        };
        var missing = required.Where(f => NonEmpty(f) is null).ToList();
        if (missing.Count > 0)
            return $"{Name} needs the field(s) {string.Join(", ", missing)}.";

        if (this[WebhookField.CallStart] is { Length: > 0 } start && !TryParseCallStart(start, out _))
            return $"call_start '{start}' is not in the form {CallStartFormat}.";
        if (this[WebhookField.Duration] is { Length: > 0 } duration && !TryParseSeconds(duration, out _))
            return $"duration '{duration}' is not a number of seconds.";
        if (this[WebhookField.StatusCode] is { Length: > 0 } status && !TryParseSeconds(status, out _))
            return $"status_code '{status}' is not a number.";
        return null;
    }

    /// <summary>call_start is PBX local time with no offset; the caller converts it with the account's time zone.</summary>
    public DateTime? CallStartLocal =>
        NonEmpty(WebhookField.CallStart) is { } start && TryParseCallStart(start, out var local) ? local : null;

    public int? Duration => ParseNumber(WebhookField.Duration);

    public int? StatusCode => ParseNumber(WebhookField.StatusCode);

    private int? ParseNumber(string field) =>
        NonEmpty(field) is { } text && TryParseSeconds(text, out var value) ? value : null;

    private static bool TryParseCallStart(string text, out DateTime local) =>
        DateTime.TryParseExact(text.Trim(), CallStartFormat, CultureInfo.InvariantCulture, DateTimeStyles.None, out local);

    private static bool TryParseSeconds(string text, out int value) =>
        int.TryParse(text.Trim(), NumberStyles.None, CultureInfo.InvariantCulture, out value);

    /// <summary>
    /// Identical for a genuine repeat and distinct for different events: the fields that tell one notification
    /// of a call from another. Unknown kinds use all their fields, since we cannot tell which ones matter.
    /// </summary>
    public string Key => _key ??= ComputeKey();

    private string? _key;

    private string ComputeKey()
    {
        string?[] parts = Type switch
        {
            WebhookEventType.Unknown or WebhookEventType.NotifyIvr => Fields
                .OrderBy(f => f.Key, StringComparer.Ordinal).ThenBy(f => f.Value, StringComparer.Ordinal)
                .Select(f => (string?)(f.Key + "=" + f.Value)).ToArray(),
            WebhookEventType.NotifyRecord => [this[WebhookField.CallIdWithRec]],
            WebhookEventType.NotifyAnswer or WebhookEventType.NotifyOutStart => [this[WebhookField.Destination]],
            WebhookEventType.NotifyEnd or WebhookEventType.NotifyOutEnd =>
                [this[WebhookField.Disposition], this[WebhookField.Duration], this[WebhookField.CallIdWithRec]],
            _ => [],
        };
        string?[] common = [Name, this[WebhookField.PbxCallId], this[WebhookField.CallStart], this[WebhookField.Internal]];
        // Length-prefixed so that no value can forge a separator; hashed to keep the unique index small.
        var text = new StringBuilder();
        foreach (var part in common.Concat(parts))
            text.Append(part?.Length ?? -1).Append(':').Append(part).Append(';');
        return Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(text.ToString())));
    }

    /// <summary>The fields as a JSON array of [name, value] pairs: order and repeated names survive the round trip.</summary>
    public string FieldsJson() =>
        JsonSerializer.Serialize(Fields.Select(f => new[] { f.Key, f.Value }));

    /// <summary>The fields <see cref="FieldsJson"/> wrote, in the order they came.</summary>
    public static IReadOnlyList<KeyValuePair<string, string>> ParseFields(string fieldsJson) =>
        (JsonSerializer.Deserialize<string[][]>(fieldsJson) ?? [])
            .Where(p => p.Length == 2).Select(p => KeyValuePair.Create(p[0], p[1])).ToList();

    public static WebhookEvent FromStored(string fieldsJson, DateTime receivedUtc) =>
        TryRead(ParseFields(fieldsJson), receivedUtc, out var webhook, out var error)
            ? webhook
            : throw new InvalidDataException(error);

    public override string ToString() => $"{Name} {PbxCallId}";
}
