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
        await page.ScreenshotAsync(new PageScreenshotOptions { Path = path, FullPage = true });
        return path;
    }
}
