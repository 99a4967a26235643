using System.Diagnostics;
using Microsoft.Playwright;

namespace Zadarma.Benchmarks;

/// <summary>
/// The published app running as its own process, as production runs it, with a browser to open its pages: what the
/// benchmarks that drive real tabs share. Stopping it ends the app's process.
/// </summary>
public sealed class PublishedApp : IDisposable
{
    private readonly Process _process;

    private PublishedApp(Process process, Uri baseUrl)
    {
        (_process, BaseUrl) = (process, baseUrl);
        Http = new HttpClient { BaseAddress = baseUrl };
    }

    public Uri BaseUrl { get; }

    public HttpClient Http { get; }

    /// <summary>The app's process id, to read its memory from outside.</summary>
    public int ProcessId => _process.Id;

    /// <summary>The publish output's app, from <c>--app</c> or the solution's Release publish folder; null (and why) when missing.</summary>
    public static string? Locate(string[] args)
    {
        var app = Arguments.Get(args, "app") ?? Path.Combine(SolutionRoot(), "Zadarma.Blazor", "bin", "Release", "net10.0", "publish", "Zadarma.Blazor");
        if (File.Exists(app))
            return app;
        Console.Error.WriteLine($"{app} not found: dotnet publish -c Release Zadarma.Blazor first.");
        return null;
    }

    /// <summary>Starts the app on its own data folder and port and returns once it answers /health.</summary>
    public static async Task<PublishedApp> StartAsync(string app, string data, int port, string webhookSecret)
    {
        var start = new ProcessStartInfo(app, ["--urls", $"http://127.0.0.1:{port}"])
        {
            // Started from its publish folder: from anywhere else its static assets come back empty.
            WorkingDirectory = Path.GetDirectoryName(app)!,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
        };
        start.Environment["ASPNETCORE_ENVIRONMENT"] = "Production";
        start.Environment["DataPath"] = data;
        start.Environment["Sandbox__Secret"] = webhookSecret;
        // Logging at Information would time the console as much as the app.
        start.Environment["Serilog__MinimumLevel__Default"] = "Warning";
        start.Environment["Serilog__MinimumLevel__Override__Zadarma"] = "Warning";
        var process = Process.Start(start)!;
        process.OutputDataReceived += (_, _) => { };
        process.ErrorDataReceived += (_, e) => { if (e.Data is not null) Console.Error.WriteLine(e.Data); };
        process.BeginOutputReadLine();
        process.BeginErrorReadLine();

        var started = new PublishedApp(process, new Uri($"http://127.0.0.1:{port}/"));
        await started.WaitForHealthAsync();
        return started;
    }

    private async Task WaitForHealthAsync()
    {
        for (var i = 0; i < 300; i++)
        {
            try
            {
                if ((await Http.GetAsync("health")).IsSuccessStatusCode)
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

    /// <summary>The system's Chromium, headless, without the background traffic that would share the machine with the app.</summary>
    public static Task<IBrowser> LaunchBrowserAsync(IPlaywright playwright) =>
        playwright.Chromium.LaunchAsync(new()
        {
            ExecutablePath = "/usr/bin/chromium",
            Args = ["--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run", "--disable-background-networking", "--disable-component-update", "--disable-sync"],
        });

    /// <summary>
    /// A browser profile signed in as the user through the sign-in form, with its first tab open and live on the page
    /// the form leads to. More tabs of the same profile share the sign-in, as a person's tabs do.
    /// </summary>
    public async Task<IPage> SignInAsync(IBrowser browser, string userName, string password)
    {
        var context = await browser.NewContextAsync(new() { BaseURL = BaseUrl.ToString() });
        var page = await context.NewPageAsync();
        await page.GotoAsync("account/signin");
        await page.Locator("input[name='Input.UserName']").FillAsync(userName);
        await page.Locator("input[name='Input.Password']").FillAsync(password);
        await page.Locator("button[type=submit]").ClickAsync();
        await WaitForInteractiveAsync(page);
        return page;
    }

    /// <summary>The layout marks itself once its circuit is live and settled: before that a tab holds no circuit worth counting.</summary>
    public static Task WaitForInteractiveAsync(IPage page) =>
        page.Locator("[data-interactive=yes]").WaitForAsync(new() { Timeout = 60_000 });

    public void Dispose()
    {
        Http.Dispose();
        if (!_process.HasExited)
            _process.Kill(entireProcessTree: true);
        _process.Dispose();
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
