using Deque.AxeCore.Commons;
using Deque.AxeCore.Playwright;
using Microsoft.Playwright;
using Zadarma.Tests.Infrastructure;

namespace Zadarma.Tests.Browser.EveryPage;

/// <summary>
/// Every page, in every language, light and dark, on a laptop and on a phone: saved for a person to look at, and checked
/// by axe-core for what a screen reader or a keyboard user would stumble over.
/// </summary>
public sealed class EveryPageTests(BrowserFixture browser, EveryPageApp pages) : IClassFixture<BrowserFixture>, IClassFixture<EveryPageApp>
{
    private static readonly string[] Languages = ["en", "ru", "pl"];

    [Fact]
    public async Task Every_page_is_saved_in_each_language_and_theme_at_laptop_and_phone_width()
    {
        foreach (var language in Languages)
            foreach (var scheme in new[] { ColorScheme.Light, ColorScheme.Dark })
                foreach (var width in new[] { 1280, 390 })
                {
                    var page = await pages.OpenAsync(browser, language, scheme, width);
                    foreach (var (name, path) in pages.Pages)
                    {
                        await EveryPageApp.ShowAsync(page, path);
                        await Screenshots.SaveAsync(page, Path.Combine("every-page", $"{name}-{language}-{scheme.ToString().ToLowerInvariant()}-{width}"));
                    }
                    await page.Context.CloseAsync();
                }
    }

    [Fact]
    public async Task Every_page_passes_an_automated_accessibility_check_with_no_serious_violation()
    {
        var found = new List<string>();
        var variants = Languages.Select(l => (l, ColorScheme.Light, 1280)).Append(("en", ColorScheme.Dark, 1280)).Append(("en", ColorScheme.Light, 390));
        foreach (var (language, scheme, width) in variants)
        {
            var page = await pages.OpenAsync(browser, language, scheme, width);
            foreach (var (name, path) in pages.Pages)
            {
                await EveryPageApp.ShowAsync(page, path);
                var result = await page.RunAxe();
                found.AddRange(result.Violations
                    .Where(v => v.Impact is "serious" or "critical")
                    .Select(v => $"{name} ({language}, {scheme}, {width}px): {v.Id} - {v.Help}: {string.Join(" | ", v.Nodes.Take(3).Select(n => n.Html))}"));
            }
            await page.Context.CloseAsync();
        }
        Assert.True(found.Count == 0, string.Join(Environment.NewLine, found));
    }
}
