using System.Globalization;
using Microsoft.Playwright;

namespace Zadarma.Benchmarks.Circuits;

/// <summary>
/// What an open tab costs the server: N live tabs of agents on a page, against none, in managed heap and working set
/// after a full collection, divided by N; then what is left once they are all closed (Blazor's unload message ends a
/// closed tab's circuit, so it should be back at the baseline).
/// </summary>
public static class CircuitMemoryBenchmark
{
    private const string Secret = "circuitbench0123456789";

    public static async Task<int> RunAsync(string[] args)
    {
        var tabs = Arguments.Int(args, "tabs", 100);
        var agents = Math.Min(Arguments.Int(args, "agents", 10), tabs);
        var repeat = Arguments.Int(args, "repeat", 3);
        var callsPerAgent = Arguments.Int(args, "calls", 25);
        var port = Arguments.Int(args, "port", 5150);
        var top = Arguments.Int(args, "top", 30);
        var tool = Arguments.Get(args, "gcdump") ?? "dotnet-gcdump";
        var dumps = Arguments.Get(args, "dumps");
        // The home page is the Calls page, where agents sit.
        var pages = (Arguments.Get(args, "pages") ?? "/").Split(',');
        if (PublishedApp.Locate(args) is not { } appPath)
            return 2;
        if (dumps is not null)
            Directory.CreateDirectory(dumps);

        var data = Path.Combine(Path.GetTempPath(), $"zadarma-circuits-{Guid.NewGuid():N}");
        await SeededAgents.SeedAsync(data, agents);
        using var app = await PublishedApp.StartAsync(appPath, data, port, Secret);
        await AddCallsAsync(app, agents, callsPerAgent);

        using var playwright = await Playwright.CreateAsync();
        await using var browser = await PublishedApp.LaunchBrowserAsync(playwright);
        // One profile per agent, signed in once; the tabs are then spread over them as an agent's own tabs are.
        var profiles = new List<IBrowserContext>();
        for (var i = 0; i < agents; i++)
        {
            var first = await app.SignInAsync(browser, SeededAgents.UserName(i), SeededAgents.Password);
            profiles.Add(first.Context);
            await CloseAsync([first]);
        }
        Console.WriteLine($"{agents} agents signed in, {callsPerAgent} calls each in the journal; {tabs} tabs per page, {repeat} rounds after a warm-up");

        // A first round loads what every later circuit shares (compiled components, translations, caches): it is not
        // a circuit's cost, so it is run once and not counted.
        foreach (var page in pages)
            await CloseAsync(await OpenAsync(profiles, Math.Min(tabs, 10), page));
        var (clean, _) = await SettledAsync(app, tool, null);

        var results = pages.ToDictionary(p => p, _ => new List<(double Heap, double WorkingSet, double HeapLeft, double WorkingSetLeft)>());
        for (var round = 1; round <= repeat; round++)
        {
            foreach (var page in pages)
            {
                // Every round starts from the app without tabs: the previous round's circuits have all ended.
                var (baseline, _) = await SettledAsync(app, tool, Dump(dumps, page, round, "none"), clean);
                var opening = System.Diagnostics.Stopwatch.StartNew();
                var open = await OpenAsync(profiles, tabs, page);
                var opened = opening.Elapsed;
                // Let the tabs' first renders and their acknowledgements finish: an idle tab is what is measured.
                await Task.Delay(TimeSpan.FromSeconds(2));
                var loaded = await AppMemory.TakeAsync(app.ProcessId, tool, Dump(dumps, page, round, "open"));
                await CloseAsync(open);
                var (closed, back) = await SettledAsync(app, tool, Dump(dumps, page, round, "closed"), baseline);

                var result = (
                    Heap: (loaded.HeapBytes - baseline.HeapBytes) / (double)tabs / 1024,
                    WorkingSet: (loaded.WorkingSetBytes - baseline.WorkingSetBytes) / (double)tabs / 1024,
                    HeapLeft: (closed.HeapBytes - baseline.HeapBytes) / 1024.0,
                    WorkingSetLeft: (closed.WorkingSetBytes - baseline.WorkingSetBytes) / 1024.0);
                results[page].Add(result);
                Console.WriteLine($"round {round} {Name(page)} ({tabs} tabs live in {opened.TotalSeconds:0} s): per tab heap {result.Heap:0.0} KB, working set {result.WorkingSet:0.0} KB " +
                                  $"(baseline heap {baseline.HeapBytes / 1048576.0:0.0} MB, working set {baseline.WorkingSetBytes / 1048576.0:0.0} MB); " +
                                  $"all closed: heap {Signed(result.HeapLeft)} KB, working set {Signed(result.WorkingSetLeft)} KB against the baseline, {back.TotalSeconds:0} s after closing");
                if (round == repeat)
                    HeapDiff.Print(baseline, loaded, tabs, top);
            }
        }

        Console.WriteLine();
        foreach (var (page, rounds) in results)
        {
            Console.WriteLine($"{Name(page)}, {tabs} tabs, {repeat} rounds: per tab heap {Spread(rounds.Select(r => r.Heap))} KB, " +
                              $"working set {Spread(rounds.Select(r => r.WorkingSet))} KB; all closed, left over: heap {Spread(rounds.Select(r => r.HeapLeft))} KB, " +
                              $"working set {Spread(rounds.Select(r => r.WorkingSetLeft))} KB");
        }
        return 0;
    }

    /// <summary>A page of finished calls per agent, so that the Calls grid holds the rows it holds in use.</summary>
    private static async Task AddCallsAsync(PublishedApp app, int agents, int callsPerAgent)
    {
        var url = new Uri(app.BaseUrl, "exec/Zadarma.notify");
        var start = DateTime.UtcNow.AddHours(-1);
        for (var call = 0; call < callsPerAgent; call++)
        {
            for (var agent = 0; agent < agents; agent++)
            {
                var id = $"in_circuit_{agent:D3}_{call:D3}";
                var callStart = start.AddMinutes(call).ToString("yyyy-MM-dd HH:mm:ss", CultureInfo.InvariantCulture);
                foreach (var notification in new[] { SignedNotification.Start(id, SeededAgents.ClientNumber(agent), Secret, callStart), SignedNotification.End(id, SeededAgents.ClientNumber(agent), Secret, callStart) })
                {
                    using var request = notification.ToRequest(url);
                    (await app.Http.SendAsync(request)).EnsureSuccessStatusCode();
                }
            }
        }
    }

    /// <summary>
    /// The app's memory once closed tabs' circuits have ended. A tab's goodbye ends its circuit at once; a circuit whose
    /// goodbye was lost is kept for a reconnect (three minutes by default), so the heap is read every five seconds until
    /// it is back within 2 MB of <paramref name="reference"/>, for four minutes at most, and how long that took is given.
    /// Without a reference, until it stops falling.
    /// </summary>
    private static async Task<(AppMemory Memory, TimeSpan After)> SettledAsync(PublishedApp app, string tool, string? keepAs, AppMemory? reference = null)
    {
        var waited = System.Diagnostics.Stopwatch.StartNew();
        var last = await AppMemory.TakeAsync(app.ProcessId, tool, keepAs);
        while (waited.Elapsed < TimeSpan.FromMinutes(4))
        {
            if (reference is not null && last.HeapBytes < reference.HeapBytes + 2 * 1024 * 1024)
                break;
            await Task.Delay(TimeSpan.FromSeconds(5));
            var now = await AppMemory.TakeAsync(app.ProcessId, tool, keepAs);
            var falling = now.HeapBytes < last.HeapBytes - 512 * 1024;
            last = now;
            if (reference is null && !falling)
                break;
        }
        return (last, waited.Elapsed);
    }

    /// <summary>Opens the tabs a few at a time, round the agents' profiles, each waited for until its circuit is live.</summary>
    private static async Task<List<IPage>> OpenAsync(List<IBrowserContext> profiles, int tabs, string path)
    {
        var open = new List<IPage>();
        foreach (var batch in Enumerable.Range(0, tabs).Chunk(10))
        {
            open.AddRange(await Task.WhenAll(batch.Select(async i =>
            {
                var tab = await profiles[i % profiles.Count].NewPageAsync();
                await tab.GotoAsync(path.TrimStart('/'));
                await PublishedApp.WaitForInteractiveAsync(tab);
                return tab;
            })));
        }
        return open;
    }

    /// <summary>Closes tabs the way a person does, so that each page says goodbye to the server as it goes; ten at a time.</summary>
    private static async Task CloseAsync(IEnumerable<IPage> tabs)
    {
        foreach (var batch in tabs.Chunk(10))
            await Task.WhenAll(batch.Select(t => t.CloseAsync(new() { RunBeforeUnload = true })));
    }

    private static string? Dump(string? folder, string page, int round, string state) =>
        folder is null ? null : Path.Combine(folder, $"{Name(page).Replace(' ', '-')}-{round}-{state}.gcdump");

    private static string Name(string page) => page.Trim('/') is "" ? "home (Calls)" : page.Trim('/');

    private static string Signed(double value) => value.ToString("+0;-0;0", CultureInfo.InvariantCulture);

    private static string Spread(IEnumerable<double> values)
    {
        var sorted = values.Order().ToArray();
        return $"{sorted[sorted.Length / 2]:0} (from {sorted[0]:0} to {sorted[^1]:0})";
    }
}
