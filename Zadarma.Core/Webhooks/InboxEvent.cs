namespace Zadarma.Core.Webhooks;

/// <summary>
/// A verified notification as stored before the PBX got its reply. It stays after it is applied: it is the
/// call's raw history, and an unapplied one is retried until it applies.
/// </summary>
public sealed class InboxEvent
{
    public long Id { get; set; }

    /// <summary><see cref="WebhookEvent.Key"/>: a repeat of the same notification has the same key and is stored once.</summary>
    public required string Key { get; set; }

    public required string Event { get; set; }

    public string? PbxCallId { get; set; }

    /// <summary>The received form fields, see <see cref="WebhookEvent.FieldsJson"/>.</summary>
    public required string Fields { get; set; }

    public DateTime ReceivedUtc { get; set; }

    public bool IsApplied { get; set; }

    /// <summary>Failed attempts to apply it to its call.</summary>
    public int Attempts { get; set; }

    public string? LastError { get; set; }

    public DateTime? NextAttemptUtc { get; set; }
}
