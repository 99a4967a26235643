using System.Text.Json;

namespace Zadarma.Core.Webhooks;

/// <summary>A stored notification that could not be applied yet, as admins see it, with the fields exactly as received.</summary>
public sealed record FailedEvent(long Id, string Event, string? PbxCallId, DateTime ReceivedUtc, int Attempts, string? LastError, DateTime? NextAttemptUtc,
    string Fields)
{
    /// <summary>The received fields as <c>name=value</c>, one a line, in the order they came.</summary>
    public string FieldLines => string.Join("\n", (JsonSerializer.Deserialize<string[][]>(Fields) ?? [])
        .Where(pair => pair.Length == 2)
        .Select(pair => $"{pair[0]}={pair[1]}"));
}
