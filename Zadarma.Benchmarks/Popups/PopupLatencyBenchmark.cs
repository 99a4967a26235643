using System.Diagnostics;
using Microsoft.Playwright;

namespace Zadarma.Benchmarks.Popups;

/// <summary>
/// Webhook-to-popup latency with many agents' pages open: the app runs as its own process, each agent is signed in in
/// its own Chromium profile (with one tab or more), and each NOTIFY_START is timed until its popup is in every tab of
/// its agent. Both ends read the same machine clock.
/// </summary>
public static class PopupLatencyBenchmark
{
    private const string Secret = "popupbench0123456789";

    // Installed in every tab once live: the time each call's popup first appeared there.
    private const string Observer = """
        () => {
          window.popupSeen = {};
          new MutationObserver(() => {
            for (const p of document.querySelectorAll('.call-popup[data-call]'))
              window.popupSeen[p.dataset.call] ??= Date.now();
          }).observe(document.body, { childList: true, subtree: true });
        }
        """;

    public static async Task<int> RunAsync(string[] args)
    {
        var agents = Arguments.Int(args, "agents", 20);
        var tabs = Math.Max(Arguments.Int(args, "tabs", agents), agents);
        var calls = Arguments.Int(args, "calls", 200);
        // Calls a second; without it calls go one at a time, each waited for before the next.
        var rate = Arguments.Int(args, "rate", 0);
        var port = Arguments.Int(args, "port", 5140);
        if (PublishedApp.Locate(args) is not { } appPath)
            return 2;

        var data = Path.Combine(Path.GetTempPath(), $"zadarma-popups-{Guid.NewGuid():N}");
        await SeededAgents.SeedAsync(data, agents);
        using var app = await PublishedApp.StartAsync(appPath, data, port, Secret);

        using var playwright = await Playwright.CreateAsync();
        await using var browser = await PublishedApp.LaunchBrowserAsync(playwright);
        var tabsOf = new List<IPage>[agents];
        for (var i = 0; i < agents; i++)
            tabsOf[i] = [await app.SignInAsync(browser, SeededAgents.UserName(i), SeededAgents.Password)];
        // Further tabs go round the agents, in the profile their first tab signed in.
        for (var t = agents; t < tabs; t++)
        {
            var tab = await tabsOf[t % agents][0].Context.NewPageAsync();
            await tab.GotoAsync("");
            await PublishedApp.WaitForInteractiveAsync(tab);
            tabsOf[t % agents].Add(tab);
        }
        foreach (var tab in tabsOf.SelectMany(t => t))
            await tab.EvaluateAsync(Observer);
        Console.WriteLine($"{agents} agents signed in, {tabs} tabs open; sending {calls} calls {(rate > 0 ? $"at {rate} a second" : "one at a time")} ...");

        var sent = rate > 0 ? await SendAtRateAsync(app, calls, agents, rate) : await SendOneAtATimeAsync(app, calls, agents, tabsOf);

        // Read each tab's record once the calls are all out, so that reading it never competes with the load.
        var latency = new Latency();
        var missing = 0;
        for (var agent = 0; agent < agents; agent++)
        {
            foreach (var tab in tabsOf[agent])
            {
                foreach (var (pbxCallId, at) in sent.Where(s => s.Agent == agent).Select(s => (s.PbxCallId, s.At)))
                {
                    if (await SeenAsync(tab, pbxCallId) is { } seen)
                        latency.Add(TimeSpan.FromMilliseconds(seen - at));
                    else
                        missing++;
                }
            }
        }

        Console.WriteLine($"webhook to popup, {agents} agents, {tabs} tabs open{(rate > 0 ? $", {rate} calls a second" : "")}: {latency.Summary()} popups missing={missing}");
        return missing == 0 ? 0 : 1;
    }

    private static async Task<List<(int Agent, string PbxCallId, long At)>> SendOneAtATimeAsync(PublishedApp app, int calls, int agents, List<IPage>[] tabsOf)
    {
        var sent = new List<(int, string, long)>();
        for (var i = 0; i < calls; i++)
        {
            var agent = i % agents;
            var pbxCallId = $"in_popup_{i:D6}";
            sent.Add((agent, pbxCallId, await SendAsync(app, agent, pbxCallId)));
            await SeenAsync(tabsOf[agent][0], pbxCallId);
            await Task.Delay(50);
        }
        return sent;
    }

    /// <summary>Calls arrive on a fixed schedule, each sent without waiting for the ones before it, as a PBX sends them.</summary>
    private static async Task<List<(int Agent, string PbxCallId, long At)>> SendAtRateAsync(PublishedApp app, int calls, int agents, int rate)
    {
        var clock = Stopwatch.StartNew();
        var sending = new List<Task<(int, string, long)>>();
        for (var i = 0; i < calls; i++)
        {
            var due = TimeSpan.FromSeconds(i / (double)rate);
            if (due > clock.Elapsed)
                await Task.Delay(due - clock.Elapsed);
            var (agent, pbxCallId) = (i % agents, $"in_popup_{i:D6}");
            sending.Add(Task.Run(async () => (agent, pbxCallId, await SendAsync(app, agent, pbxCallId))));
        }
        return [.. await Task.WhenAll(sending)];
    }

    /// <summary>Posts a NOTIFY_START from the agent's client and returns when it was sent, in the page's clock.</summary>
    private static async Task<long> SendAsync(PublishedApp app, int agent, string pbxCallId)
    {
        using var request = SignedNotification.Start(pbxCallId, SeededAgents.ClientNumber(agent), Secret).ToRequest(new Uri(app.BaseUrl, "exec/Zadarma.notify"));
        var at = DateTimeOffset.UtcNow.ToUnixTimeMilliseconds();
        (await app.Http.SendAsync(request)).EnsureSuccessStatusCode();
        return at;
    }

    /// <summary>The time the tab first showed the call's popup, waited for up to five seconds.</summary>
    private static async Task<long?> SeenAsync(IPage page, string pbxCallId)
    {
        var deadline = Stopwatch.StartNew();
        while (deadline.Elapsed < TimeSpan.FromSeconds(5))
        {
            var seen = await page.EvaluateAsync<long?>("id => window.popupSeen?.[id] ?? null", pbxCallId);
            if (seen is not null)
                return seen;
            await Task.Delay(5);
        }
        return null;
    }
}
