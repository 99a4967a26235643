using System.Diagnostics;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Infrastructure;
using Zadarma.Core.Calls;
using Zadarma.Core.Persistence;
using Zadarma.Core.Settings;

namespace Zadarma.Benchmarks.Journal;

/// <summary>
/// Every sort and filter of the Calls grid over the default period (the last 30 days) and over all time, through the
/// Core service the grid calls, on a journal the size of a call centre's after two years. Prints p50/p95/p99 per case.
/// </summary>
public static class JournalBenchmark
{
    public static async Task<int> RunAsync(string[] args)
    {
        var calls = Arguments.Int(args, "calls", 1_000_000);
        var clients = Arguments.Int(args, "clients", 100_000);
        var employees = Arguments.Int(args, "employees", 200);
        var repeat = Arguments.Int(args, "repeat", 20);
        var only = Arguments.Get(args, "only");
        var folder = Arguments.Get(args, "data") ?? Path.Combine(Path.GetTempPath(), $"zadarma-journal-{calls}");

        var migration = Stopwatch.StartNew();
        var factory = await BenchmarkDatabase.OpenAsync(folder);
        Console.WriteLine($"Migrated in {migration.Elapsed.TotalSeconds:0.0} s");
        var end = await SyntheticJournal.FillAsync(folder, factory, calls, clients, employees, eventsPerCall: 3.5, DateTime.UtcNow);
        PrintSize(folder);
        if (args.Contains("--browser"))
            return await JournalBrowserView.RunAsync(folder, factory, args);

        var list = new CallList(factory, new SettingsStore(factory));
        var periods = new (string Name, DateTime? From)[] { ("30 days", end.AddDays(-30)), ("all time", null) };
        foreach (var (period, from) in periods)
        {
            foreach (var (name, query) in Cases(new CallQuery { FromUtc = from }))
            {
                var label = $"{period,-8} {name}";
                if (only is not null && !label.Contains(only, StringComparison.OrdinalIgnoreCase))
                    continue;
                await MeasureAsync(label, repeat, () => list.ListAsync(query));
            }
        }
        return 0;
    }

    /// <summary>What the grid asks for: each sort both ways with no filter, then each filter with the default sort.</summary>
    private static IEnumerable<(string Name, CallQuery Query)> Cases(CallQuery period)
    {
        string[] sorts =
        [
            nameof(CallRow.StartUtc), nameof(CallRow.Clients), nameof(CallRow.AnsweredByEmployee), nameof(CallRow.Disposition),
            nameof(CallRow.TalkSeconds), nameof(CallRow.WaitSeconds), nameof(CallRow.IsRecorded), nameof(CallRow.Note),
        ];
        foreach (var sort in sorts)
        {
            yield return ($"sort {sort} desc", period with { SortBy = sort, Descending = true });
            yield return ($"sort {sort} asc", period with { SortBy = sort, Descending = false });
        }
        yield return ("page 50", period with { Skip = 49 * 20 });
        yield return ("direction outgoing", period with { Direction = CallDirection.Outgoing });
        yield return ("result answered", period with { Outcome = CallOutcome.Answered });
        yield return ("result missed", period with { Outcome = CallOutcome.Missed });
        yield return ("result busy", period with { Outcome = CallOutcome.Busy });
        yield return ("result failed", period with { Outcome = CallOutcome.Failed });
        yield return ("employee", period with { EmployeeId = 57 });
        yield return ("employee, sort talk", period with { EmployeeId = 57, SortBy = nameof(CallRow.TalkSeconds) });
        yield return ("frequent client", period with { ClientId = 2 });
        yield return ("rare client", period with { ClientId = 90_001 });
        yield return ("full number", period with { Number = SyntheticClients.Number(1).E164 });
        yield return ("last 4 digits", period with { Number = "4567" });
        yield return ("search common surname", period with { Search = "kowalski" });
        yield return ("search one client's name", period with { Search = SyntheticClients.Name(90_000) });
        yield return ("search two letters", period with { Search = "Jo" });
        yield return ("search note", period with { Search = "faktur" });
        yield return ("search last 4 digits", period with { Search = "4567" });
        yield return ("search nothing found", period with { Search = "zzqx" });
    }

    private static async Task MeasureAsync(string name, int repeat, Func<Task<Zadarma.Core.Paging.Page<CallRow>>> list)
    {
        var (first, times) = await Latency.RepeatAsync(repeat, list);
        Console.WriteLine($"{name,-38} rows={first.Items.Count,2} total={first.Total,9:N0}  {times.Summary()}");
    }

    private static void PrintSize(string folder)
    {
        var bytes = System.IO.Directory.GetFiles(folder).Sum(f => new FileInfo(f).Length);
        Console.WriteLine($"Database: {bytes / 1024.0 / 1024:N0} MB in {folder}");
    }
}
