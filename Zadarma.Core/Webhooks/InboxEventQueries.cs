namespace Zadarma.Core.Webhooks;

/// <summary>
/// The inbox's recurring reads, each shaped to be answered from its own partial index (see
/// <see cref="InboxEventConfiguration"/>): the few notifications waiting, or the applied ones past their time, are
/// found without reading the millions already applied.
/// </summary>
internal static class InboxEventQueries
{
    /// <summary>Notifications not applied yet whose next attempt is due, in the order received.</summary>
    public static IQueryable<long> DueIds(this IQueryable<InboxEvent> events, long afterId, DateTime dueBy, int take) =>
        events
            .Where(e => !e.IsApplied && e.Id > afterId && (e.NextAttemptUtc == null || e.NextAttemptUtc <= dueBy))
            .OrderBy(e => e.Id)
            .Select(e => e.Id)
            .Take(take);

    /// <summary>Applied notifications received before <paramref name="receivedBefore"/>, oldest first.</summary>
    public static IQueryable<InboxEvent> AppliedBefore(this IQueryable<InboxEvent> events, DateTime receivedBefore) =>
        events.Where(e => e.IsApplied && e.ReceivedUtc < receivedBefore).OrderBy(e => e.ReceivedUtc);
}
