namespace Zadarma.Core.Webhooks;

/// <summary>
/// A notification of a kind this version does not know, whose signature no known field sequence matches. Kept
/// aside, never applied to a call: if Zadarma adds an event it is not lost, and once its signed fields are known
/// the kept signature lets it be checked after all.
/// </summary>
public sealed class UnverifiedEvent
{
    public long Id { get; set; }

    public required string Event { get; set; }

    /// <summary>The received form fields, see <see cref="WebhookEvent.FieldsJson"/>.</summary>
    public required string Fields { get; set; }

    public required string Signature { get; set; }

    public string? Sender { get; set; }

    public DateTime ReceivedUtc { get; set; }
}
