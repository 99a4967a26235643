using Xunit.Abstractions;

[assembly: TestCollectionOrderer("Zadarma.Tests.Infrastructure.SlowestFirst", "Zadarma.Tests")]

namespace Zadarma.Tests.Infrastructure;

/// <summary>
/// Starts the long test classes first (every page in every language, then the other browser tests) and leaves the
/// quick ones to fill the gaps at the end: a long class started last would keep the whole run waiting for it alone.
/// </summary>
public sealed class SlowestFirst : ITestCollectionOrderer
{
    public IEnumerable<ITestCollection> OrderTestCollections(IEnumerable<ITestCollection> collections) =>
        collections.OrderBy(Rank).ThenBy(c => c.DisplayName, StringComparer.Ordinal);

    private static int Rank(ITestCollection collection) => collection.DisplayName switch
    {
        var name when name.Contains(".Browser.EveryPage.", StringComparison.Ordinal) => 0,
        var name when name.Contains(".Browser.", StringComparison.Ordinal) => 1,
        var name when name.Contains(".Web.", StringComparison.Ordinal) => 2,
        _ => 3,
    };
}
