using Microsoft.Playwright;
using Zadarma.Tests.Infrastructure;

namespace Zadarma.Tests.Browser.EveryPage;

/// <summary>
/// Every page in one language, light and dark, on a laptop and on a phone: saved for a person to look at, and checked by
/// axe-core for what a screen reader or a keyboard user would stumble over. One class per language, so that the three
/// run side by side.
/// </summary>
public abstract class EveryPageTests(BrowserFixture browser, EveryPageApp pages, string language)
{
    [Fact]
    public async Task Every_page_is_saved_light_and_dark_at_laptop_and_phone_width_with_no_serious_accessibility_problem()
    {
        var found = new List<string>();
        foreach (var width in new[] { 1280, 390 })
        {
            var page = await pages.OpenAsync(browser, language, width);
            var current = ColorScheme.Light;
            foreach (var (name, path) in pages.Pages)
            {
                await EveryPageApp.ShowAsync(page, path);
                // Both themes from one load: the page follows the device's scheme as it changes. The next page opens in
                // the scheme this one ends in.
                foreach (var scheme in new[] { current, Other(current) })
                {
                    await EveryPageApp.UseSchemeAsync(page, scheme);
                    var variant = $"{language}-{scheme.ToString().ToLowerInvariant()}-{width}";
                    await Screenshots.SaveAsync(page, Path.Combine("every-page", $"{name}-{variant}"));
                    if (IsCheckedByAxe(width))
                        found.AddRange(await page.SeriousProblemsAsync(scheme, $"{name} ({variant}):"));
                }
                current = Other(current);
            }
            await page.Context.CloseAsync();
        }
        Assert.True(found.Count == 0, string.Join(Environment.NewLine, found));
    }

    private static ColorScheme Other(ColorScheme scheme) => scheme == ColorScheme.Dark ? ColorScheme.Light : ColorScheme.Dark;

    // In English on a laptop: every rule in the light theme, the contrast of the dark one. The colours and the markup are
    // the same in every language and at every width; the other languages' names and labels, and the phone's layout, are
    // read by their own tests.
    private bool IsCheckedByAxe(int width) => language == "en" && width == 1280;
}

public sealed class EveryPageInEnglishTests(BrowserFixture browser, EveryPageApp pages)
    : EveryPageTests(browser, pages, "en"), IClassFixture<BrowserFixture>, IClassFixture<EveryPageApp>;

public sealed class EveryPageInRussianTests(BrowserFixture browser, EveryPageApp pages)
    : EveryPageTests(browser, pages, "ru"), IClassFixture<BrowserFixture>, IClassFixture<EveryPageApp>;

public sealed class EveryPageInPolishTests(BrowserFixture browser, EveryPageApp pages)
    : EveryPageTests(browser, pages, "pl"), IClassFixture<BrowserFixture>, IClassFixture<EveryPageApp>;
