using System.Net;
using System.Text.RegularExpressions;
using Zadarma.Tests.Infrastructure;

namespace Zadarma.Tests.Web.Hosting;

/// <summary>
/// Production serves static assets only from publish output, and from a wrong folder they come back as 200 with no
/// bytes. So this publishes the app as the README says, starts it as Production, and fetches what its pages link.
/// </summary>
public sealed partial class PublishedAppTests : IAsyncLifetime
{
    private readonly string _publishFolder = TempFolder.Create("publish");
    private readonly string _dataPath = TempFolder.Create("published-data");
    private PublishedApp? _app;

    public async Task InitializeAsync()
    {
        await PublishedApp.PublishAsync(SolutionFolder.Combine("Zadarma.Blazor", "Zadarma.Blazor.csproj"), _publishFolder);
        _app = await PublishedApp.StartAsync(_publishFolder, _dataPath);
    }

    public async Task DisposeAsync()
    {
        if (_app is not null)
            await _app.DisposeAsync();
        TempFolder.Delete(_publishFolder);
        TempFolder.Delete(_dataPath);
    }

    [Fact]
    public async Task The_published_app_serves_its_scripts_and_styles_in_full_and_renders_sign_in()
    {
        using var http = new HttpClient(new HttpClientHandler { AllowAutoRedirect = false, UseCookies = true }) { BaseAddress = _app!.Address };

        var setup = await http.GetStringAsync("/setup");
        var assets = LinkedAssets(setup).ToList();
        Assert.Contains("_framework/blazor.web.js", assets);
        Assert.Contains(assets, a => a.StartsWith("_content/", StringComparison.Ordinal) && a.Contains(".css", StringComparison.Ordinal));
        foreach (var asset in assets)
            await AssertServedInFullAsync(http, asset);

        Assert.Equal(HttpStatusCode.Redirect, (await Forms.PostSetupAsync(http, "admin", TestApp.AdminPassword)).StatusCode);

        using var visitor = new HttpClient { BaseAddress = _app.Address };
        var signIn = await visitor.GetAsync("/account/signin");
        Assert.Equal(HttpStatusCode.OK, signIn.StatusCode);
        var page = await signIn.Content.ReadAsStringAsync();
        Assert.Contains("name=\"Input.UserName\"", page);
        Assert.Contains("name=\"Input.Password\"", page);
        foreach (var asset in LinkedAssets(page))
            await AssertServedInFullAsync(visitor, asset);
    }

    /// <summary>Same size as the published file: a 200 with 0 bytes is the failure this guards against.</summary>
    private async Task AssertServedInFullAsync(HttpClient http, string asset)
    {
        using var response = await http.GetAsync(asset);
        Assert.True(response.StatusCode == HttpStatusCode.OK, $"{asset} answered {(int)response.StatusCode}.");
        var body = await response.Content.ReadAsByteArrayAsync();
        Assert.True(body.Length > 0, $"{asset} was served empty.");

        var onDisk = Path.Combine(_publishFolder, "wwwroot", asset.Split('?')[0]);
        if (File.Exists(onDisk))
            Assert.Equal(new FileInfo(onDisk).Length, body.Length);
    }

    private static IEnumerable<string> LinkedAssets(string page) =>
        LinkedAsset().Matches(page).Select(m => m.Groups[1].Value.TrimStart('/'))
            .Where(a => !a.StartsWith("http", StringComparison.Ordinal))
            .Distinct();

    [GeneratedRegex("<(?:script|link)\\b[^>]*?\\b(?:src|href)=\"([^\"]+\\.(?:js|css)(?:\\?[^\"]*)?)\"")]
    private static partial Regex LinkedAsset();
}
