using Microsoft.Playwright;

namespace Zadarma.Tests.Infrastructure;

/// <summary>
/// Browser profiles for one test class, from a headless Chromium shared by the whole test run: starting Chromium costs
/// more than most tests. Playwright's own browser download is never used: the machine's /usr/bin/chromium is driven
/// directly.
/// </summary>
public sealed class BrowserFixture : IAsyncLifetime
{
    public const string ChromiumPath = "/usr/bin/chromium";

    private static readonly Lazy<Task<IBrowser>> SharedBrowser = new(LaunchAsync);

    private readonly List<IBrowserContext> _contexts = [];
    private readonly List<string> _policyViolations = [];

    public IBrowser Browser { get; private set; } = default!;

    public async Task InitializeAsync() => Browser = await SharedBrowser.Value;

    private static async Task<IBrowser> LaunchAsync()
    {
        Assert.True(File.Exists(ChromiumPath), $"{ChromiumPath} is missing: run the README's test command, which installs it.");
        var playwright = await Playwright.CreateAsync();
        var browser = await playwright.Chromium.LaunchAsync(new BrowserTypeLaunchOptions
        {
            ExecutablePath = ChromiumPath,
            Headless = true,
            Args =
            [
                "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run", "--disable-background-networking",
                "--disable-component-update", "--disable-sync",
                // Tests start audio players without a real click; a person's click is the gesture in real use.
                "--autoplay-policy=no-user-gesture-required",
            ],
        });
        // The run's last test class is done by then: Chromium and Playwright's driver end with the test process.
        AppDomain.CurrentDomain.ProcessExit += (_, _) =>
        {
            browser.CloseAsync().Wait(TimeSpan.FromSeconds(10));
            playwright.Dispose();
        };
        return browser;
    }

    /// <summary>A fresh browser profile (cookies, storage) as a new person would have.</summary>
    public async Task<IPage> NewPageAsync(TestApp app, string locale = "en-US", int width = 1366, int height = 860, ColorScheme colorScheme = ColorScheme.Light)
    {
        var context = await Browser.NewContextAsync(new BrowserNewContextOptions
        {
            BaseURL = app.Address.ToString(),
            Locale = locale,
            ViewportSize = new ViewportSize { Width = width, Height = height },
            ColorScheme = colorScheme,
        });
        lock (_contexts)
            _contexts.Add(context);
        context.SetDefaultTimeout(15_000);
        var page = await context.NewPageAsync();
        // Every browser test runs under the app's Content-Security-Policy: whatever it blocks is a defect to report.
        page.Console += (_, message) =>
        {
            if (message.Text.Contains("Content Security Policy", StringComparison.Ordinal))
                lock (_policyViolations)
                    _policyViolations.Add($"{page.Url}: {message.Text}");
        };
        return page;
    }

    /// <summary>Closes this class's profiles; the browser goes on for the other classes.</summary>
    public async Task DisposeAsync()
    {
        foreach (var context in _contexts)
            await context.CloseAsync();
        Assert.Empty(_policyViolations);
    }
}
