using Deque.AxeCore.Commons;
using Deque.AxeCore.Playwright;
using Microsoft.Playwright;

namespace Zadarma.Tests.Infrastructure;

/// <summary>axe-core, run from the tests over a page or the part of it a test owns.</summary>
public static class Accessibility
{
    // Only violations come back: the passes, with every node's markup, would cost more to carry than the check itself.
    private static readonly AxeRunOptions ViolationsOnly = new() { ResultTypes = [ResultType.Violations] };

    // A second theme changes colours and nothing else: its check needs the contrast rule alone, the costliest of them.
    private static readonly AxeRunOptions ContrastOnly = new()
    {
        ResultTypes = [ResultType.Violations],
        RunOnly = new RunOnlyOptions { Type = "rule", Values = ["color-contrast"] },
    };

    /// <summary>
    /// Serious and critical violations of a page shown in one colour scheme, each named with where it was found and the
    /// markup at fault: every rule in the light scheme, the contrast alone in the dark one.
    /// </summary>
    public static async Task<IEnumerable<string>> SeriousProblemsAsync(this IPage page, ColorScheme scheme, string where) =>
        Describe(await page.RunAxe(scheme == ColorScheme.Dark ? ContrastOnly : ViolationsOnly), where);

    /// <summary>No serious or critical violation in this part of the page.</summary>
    public static async Task AssertNoSeriousViolationsAsync(this ILocator part)
    {
        var serious = Describe(await part.RunAxe(ViolationsOnly), "").ToList();
        Assert.True(serious.Count == 0, string.Join(Environment.NewLine, serious));
    }

    private static IEnumerable<string> Describe(AxeResult result, string where) =>
        result.Violations
            .Where(v => v.Impact is "serious" or "critical")
            .Select(v => $"{where} {v.Id} ({v.Impact}): {v.Help} in {string.Join(" | ", v.Nodes.Take(3).Select(n => $"{n.Html} ({string.Join("; ", n.Any.Concat(n.All).Concat(n.None).Select(c => c.Message))})"))}".TrimStart());
}
