namespace Zadarma.Core.Calls;

/// <summary>The calls a query asks for, written for counting and for reading a page, which may want different plans.</summary>
/// <param name="Calls">The calls: for the total, and for finding one call among them.</param>
/// <param name="ForPage">The same calls, written so the database reads a page the fastest way it has for them.</param>
/// <param name="PastCountLimit">Known, without counting, to be more than the grid counts (see <see cref="Paging.CountLimit"/>).</param>
internal sealed record FilteredCalls(IQueryable<Call> Calls, IQueryable<Call> ForPage, bool PastCountLimit)
{
    public static FilteredCalls Of(IQueryable<Call> calls) => new(calls, calls, false);
}
