using Deque.AxeCore.Playwright;
using Microsoft.Playwright;

namespace Zadarma.Tests.Infrastructure;

/// <summary>axe-core, run from the tests over the parts of a page a test owns.</summary>
public static class Accessibility
{
    /// <summary>No serious or critical violation in this part of the page, each one reported with the markup at fault.</summary>
    public static async Task AssertNoSeriousViolationsAsync(this ILocator part)
    {
        var result = await part.RunAxe();
        var serious = result.Violations
            .Where(v => v.Impact is "serious" or "critical")
            .Select(v => $"{v.Id} ({v.Impact}): {v.Help} in {string.Join(" | ", v.Nodes.Select(n => $"{n.Html} ({string.Join("; ", n.Any.Concat(n.All).Concat(n.None).Select(c => c.Message))})"))}")
            .ToList();
        Assert.True(serious.Count == 0, string.Join(Environment.NewLine, serious));
    }
}
