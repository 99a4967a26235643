namespace Zadarma.Core.Webhooks;

/// <summary>A stored notification that could not be applied yet, as admins see it.</summary>
public sealed record FailedEvent(long Id, string Event, string? PbxCallId, DateTime ReceivedUtc, int Attempts, string? LastError, DateTime? NextAttemptUtc);
