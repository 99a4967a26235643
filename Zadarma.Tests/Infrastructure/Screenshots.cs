using Microsoft.Playwright;

namespace Zadarma.Tests.Infrastructure;

/// <summary>Screens worth looking at, saved under TestResults/screenshots.</summary>
public static class Screenshots
{
    public static string Folder => SolutionFolder.Combine("TestResults", "screenshots");

    public static async Task<string> SaveAsync(IPage page, string name)
    {
        System.IO.Directory.CreateDirectory(Folder);
        var path = Path.Combine(Folder, name + ".png");
        // A popup or notice caught mid fade-in is half transparent: let every finite animation and transition end first.
        await page.EvaluateAsync("""
            () => Promise.all(document.getAnimations()
                .filter(a => a.effect?.getTiming().iterations !== Infinity)
                .map(a => a.finished.catch(() => null)))
            """);
        await page.ScreenshotAsync(new PageScreenshotOptions { Path = path, FullPage = true });
        return path;
    }
}
