namespace Zadarma.Core.Paging;

/// <summary>One page of a grid, as the grid asks for it: where to start, how many, sorted by what, filtered by what.</summary>
public sealed record PageRequest(int Skip = 0, int Take = 20, string? SortBy = null, bool Descending = false, string? Search = null);

public sealed record Page<T>(IReadOnlyList<T> Items, int Total);
