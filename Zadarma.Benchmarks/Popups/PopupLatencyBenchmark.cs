using System.Diagnostics;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Playwright;
using Zadarma.Core.Accounts;
using Zadarma.Core.Directory;
using Zadarma.Core.Pbx;
using Zadarma.Core.Persistence;
using Zadarma.Core.Settings;

namespace Zadarma.Benchmarks.Popups;

/// <summary>
/// Webhook-to-popup latency with many agents' pages open: the app runs as its own process, each agent
/// is signed in in its own Chromium context, and each NOTIFY_START is timed until its popup is in the page.
/// Both ends read the same machine clock.
/// </summary>
public static class PopupLatencyBenchmark
{
    private const string Secret = "popupbench0123456789";
    private const string Password = "agent-pass-1";

    public static async Task<int> RunAsync(string[] args)
    {
        var agents = Arguments.Int(args, "agents", 20);
        var calls = Arguments.Int(args, "calls", 200);
        var port = Arguments.Int(args, "port", 5140);
        var app = Arguments.Get(args, "app") ?? Path.Combine(SolutionRoot(), "Zadarma.Blazor", "bin", "Release", "net10.0", "publish", "Zadarma.Blazor");
        if (!File.Exists(app))
        {
            Console.Error.WriteLine($"{app} not found: dotnet publish -c Release Zadarma.Blazor first.");
            return 2;
        }

        var data = Path.Combine(Path.GetTempPath(), $"zadarma-popups-{Guid.NewGuid():N}");
        System.IO.Directory.CreateDirectory(data);
        await SeedAsync(data, agents);

        using var server = StartApp(app, data, port);
        var baseUrl = $"http://127.0.0.1:{port}/";
        using var http = new HttpClient { BaseAddress = new Uri(baseUrl) };
        await WaitForHealthAsync(http);

        using var playwright = await Playwright.CreateAsync();
        await using var browser = await playwright.Chromium.LaunchAsync(new()
        {
            ExecutablePath = "/usr/bin/chromium",
            Args = ["--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run", "--disable-background-networking", "--disable-component-update", "--disable-sync"],
        });
        var pages = new List<IPage>();
        for (var i = 0; i < agents; i++)
            pages.Add(await SignInAsync(browser, baseUrl, i));
        Console.WriteLine($"{agents} agents signed in; sending {calls} calls ...");

        var latency = new Latency();
        var lost = 0;
        for (var i = 0; i < calls; i++)
        {
            var agent = i % agents;
            var pbxCallId = $"in_popup_{i:D6}";
            var sent = DateTimeOffset.UtcNow.ToUnixTimeMilliseconds();
            using var request = SignedNotification.Start(pbxCallId, ClientNumber(agent), Secret).ToRequest(new Uri(http.BaseAddress!, "exec/Zadarma.notify"));
            var reply = await http.SendAsync(request);
            reply.EnsureSuccessStatusCode();
            var seen = await SeenAsync(pages[agent], pbxCallId);
            if (seen is { } at)
                latency.Add(TimeSpan.FromMilliseconds(at - sent));
            else
                lost++;
            await Task.Delay(50);
        }

        Console.WriteLine($"webhook to popup, {agents} agents' pages open: {latency.Summary()} popups missing={lost}");
        server.Kill(entireProcessTree: true);
        return lost == 0 ? 0 : 1;
    }

    /// <summary>The time the page first showed the call's popup, from a MutationObserver installed at sign-in.</summary>
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

    private static async Task<IPage> SignInAsync(IBrowser browser, string baseUrl, int agent)
    {
        var context = await browser.NewContextAsync(new() { BaseURL = baseUrl });
        var page = await context.NewPageAsync();
        await page.GotoAsync("account/signin");
        await page.Locator("input[name='Input.UserName']").FillAsync(UserName(agent));
        await page.Locator("input[name='Input.Password']").FillAsync(Password);
        await page.Locator("button[type=submit]").ClickAsync();
        await page.Locator("[data-interactive=yes]").WaitForAsync();
        await page.EvaluateAsync("""
            () => {
              window.popupSeen = {};
              new MutationObserver(() => {
                for (const p of document.querySelectorAll('.call-popup[data-call]'))
                  window.popupSeen[p.dataset.call] ??= Date.now();
              }).observe(document.body, { childList: true, subtree: true });
            }
            """);
        return page;
    }

    private static string UserName(int agent) => $"agent{agent + 1:D2}";

    private static string ClientNumber(int agent) => $"7900000{agent + 1:D4}";

    /// <summary>An admin, and per agent: a user, an employee, an extension and a client they look after.</summary>
    private static async Task SeedAsync(string data, int agents)
    {
        var factory = await BenchmarkDatabase.OpenAsync(data);
        var employees = new EmployeeStore(factory, NullLogger<EmployeeStore>.Instance);
        var accounts = new UserAccounts(factory, employees, new PasswordHasher<User>(), TimeProvider.System, NullLogger<UserAccounts>.Instance);
        var settings = new SettingsStore(factory);
        var extensions = new ExtensionStore(factory, TimeProvider.System, NullLogger<ExtensionStore>.Instance);
        var clients = new ClientStore(factory, settings, TimeProvider.System, NullLogger<ClientStore>.Instance);

        await accounts.CreateFirstAdminAsync("admin", Password);
        await extensions.MergeAsync(Enumerable.Range(0, agents).Select(i => new FetchedExtension($"{201 + i}", null)).ToList());
        for (var i = 0; i < agents; i++)
        {
            var employee = await employees.SaveAsync(new EmployeeEdit { Name = $"Agent {i + 1}" });
            var user = await accounts.CreateAsync(UserName(i), Password, Role.Agent);
            await accounts.UpdateAsync(user.Id, Role.Agent, true, employee);
            await extensions.MapAsync($"{201 + i}", employee);
            await clients.SaveAsync(new ClientEdit { Name = $"Client {i + 1}", ResponsibleEmployeeId = employee, Phones = [new PhoneEdit { Number = "+" + ClientNumber(i) }] });
        }
        Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
    }

    private static Process StartApp(string app, string data, int port)
    {
        var start = new ProcessStartInfo(app, ["--urls", $"http://127.0.0.1:{port}"])
        {
            WorkingDirectory = Path.GetDirectoryName(app)!,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
        };
        // As production runs it: publish output, started from its own folder.
        start.Environment["ASPNETCORE_ENVIRONMENT"] = "Production";
        start.Environment["DataPath"] = data;
        start.Environment["Sandbox__Secret"] = Secret;
        start.Environment["Serilog__MinimumLevel__Default"] = "Warning";
        start.Environment["Serilog__MinimumLevel__Override__Zadarma"] = "Warning";
        var process = Process.Start(start)!;
        process.OutputDataReceived += (_, _) => { };
        process.ErrorDataReceived += (_, e) => { if (e.Data is not null) Console.Error.WriteLine(e.Data); };
        process.BeginOutputReadLine();
        process.BeginErrorReadLine();
        return process;
    }

    private static async Task WaitForHealthAsync(HttpClient http)
    {
        for (var i = 0; i < 300; i++)
        {
            try
            {
                if ((await http.GetAsync("health")).IsSuccessStatusCode)
                    return;
            }
            catch (HttpRequestException)
            {
                // Not listening yet.
            }
            await Task.Delay(100);
        }
        throw new TimeoutException("The app did not become healthy.");
    }

    private static string SolutionRoot()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            if (File.Exists(Path.Combine(dir.FullName, "Zadarma.sln")))
                return dir.FullName;
        }
        return Environment.CurrentDirectory;
    }
}
