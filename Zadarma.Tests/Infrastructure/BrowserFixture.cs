using Microsoft.Playwright;

namespace Zadarma.Tests.Infrastructure;

/// <summary>
/// One headless Chromium from the system's packages for a whole test class. Playwright's own browser
/// download is never used: the machine's /usr/bin/chromium is driven directly.
/// </summary>
public sealed class BrowserFixture : IAsyncLifetime
{
    public const string ChromiumPath = "/usr/bin/chromium";

    private IPlaywright? _playwright;
    private readonly List<string> _policyViolations = [];

    public IBrowser Browser { get; private set; } = default!;

    public async Task InitializeAsync()
    {
        Assert.True(File.Exists(ChromiumPath), $"{ChromiumPath} is missing: run the README's test command, which installs it.");
        _playwright = await Playwright.CreateAsync();
        Browser = await _playwright.Chromium.LaunchAsync(new BrowserTypeLaunchOptions
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

    public async Task DisposeAsync()
    {
        if (Browser is not null)
            await Browser.DisposeAsync();
        _playwright?.Dispose();
        Assert.Empty(_policyViolations);
    }
}
