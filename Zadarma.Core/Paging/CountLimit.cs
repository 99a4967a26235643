namespace Zadarma.Core.Paging;

/// <summary>
/// Totals of the lists that grow without end (calls, clients) are counted up to <see cref="Rows"/>: past it the list
/// says "more than", which tells a person as much as the exact number, and counting a million rows would take longer
/// than the page itself.
/// </summary>
public static class CountLimit
{
    public const int Rows = 10_000;

    /// <summary>The rows to count: one past the limit at most, so a total over it reads as "more than".</summary>
    public static IQueryable<T> UpToLimit<T>(this IQueryable<T> query) => query.Take(Rows + 1);

    public static bool IsPast(int total) => total > Rows;
}
