using System.Data.Common;
using Microsoft.EntityFrameworkCore;
using Zadarma.Core.Persistence;

namespace Zadarma.Tests.Infrastructure;

/// <summary>
/// What SQLite would do for an EF query, read with <c>EXPLAIN QUERY PLAN</c> on the very command EF sends. A plan shows
/// a full scan or a sort on a small database as it would on a large one, so these checks need no timing.
/// </summary>
public static class QueryPlan
{
    public static async Task<IReadOnlyList<string>> OfAsync(ZadarmaDb db, IQueryable query)
    {
        await db.Database.OpenConnectionAsync();
        await using DbCommand command = query.CreateDbCommand();
        command.CommandText = "EXPLAIN QUERY PLAN " + command.CommandText;
        var steps = new List<string>();
        await using var reader = await command.ExecuteReaderAsync();
        while (await reader.ReadAsync())
            steps.Add(reader.GetString(reader.GetOrdinal("detail")));
        return steps;
    }

    /// <summary>No table is read whole: every step goes through an index (a scan of a subquery's own rows reads no table).</summary>
    public static void AssertIndexed(IReadOnlyList<string> plan)
    {
        var subqueries = plan.Where(step => step.StartsWith("CO-ROUTINE ", StringComparison.Ordinal) || step.StartsWith("MATERIALIZE ", StringComparison.Ordinal))
            .Select(step => step.Split(' ')[1]).ToHashSet();
        Assert.False(plan.Any(step => step.Split(' ') is ["SCAN", var name] && !subqueries.Contains(name)), string.Join(Environment.NewLine, plan));
    }

    /// <summary>Every step goes through an index, in the order asked for: nothing is sorted after reading.</summary>
    public static void AssertIndexedWithoutSort(IReadOnlyList<string> plan)
    {
        AssertIndexed(plan);
        Assert.False(plan.Any(step => step.Contains("TEMP B-TREE", StringComparison.Ordinal)), string.Join(Environment.NewLine, plan));
    }

    /// <summary>The query is answered from the named index.</summary>
    public static void AssertUses(IReadOnlyList<string> plan, string index) =>
        Assert.True(plan.Any(step => step.Contains($"INDEX {index}", StringComparison.Ordinal)), string.Join(Environment.NewLine, plan));
}
