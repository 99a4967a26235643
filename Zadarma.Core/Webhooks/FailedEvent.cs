namespace Zadarma.Core.Webhooks;

/// <summary>A stored notification that could not be applied yet, as admins see it, with the fields exactly as received.</summary>
/// <remarks>The query that lists them calls the constructor, so <see cref="FieldLines"/> is worked out once here rather than on every render.</remarks>
public sealed record FailedEvent(long Id, string Event, string? PbxCallId, DateTime ReceivedUtc, int Attempts, string? LastError, DateTime? NextAttemptUtc,
    string Fields)
{
    /// <summary>The received fields as <c>name=value</c>, one a line, in the order they came.</summary>
    public string FieldLines { get; } = string.Join("\n", WebhookEvent.ParseFields(Fields).Select(f => $"{f.Key}={f.Value}"));
}
