using System.Collections;
using System.Globalization;
using System.Resources;
using System.Xml.Linq;
using Zadarma.Tests.Infrastructure;

namespace Zadarma.Tests.Unit.Localization;

/// <summary>MudBlazor's own texts (pager, filters, dialogs' buttons) are translated like the app's, key for key.</summary>
public sealed class MudBlazorTextsTests
{
    private static Dictionary<string, string> Read(string suffix) =>
        XDocument.Load(SolutionFolder.Combine("Zadarma.Blazor", "Resources", $"MudBlazorTexts{suffix}.resx"))
            .Root!.Elements("data")
            .ToDictionary(d => (string)d.Attribute("name")!, d => (string?)d.Element("value") ?? "");

    private static Dictionary<string, string> MudBlazorsOwn()
    {
        var resources = new ResourceManager("MudBlazor.Resources.LanguageResource", typeof(MudBlazor.MudLocalizer).Assembly);
        return resources.GetResourceSet(CultureInfo.InvariantCulture, createIfNotExists: true, tryParents: true)!
            .Cast<DictionaryEntry>()
            .ToDictionary(e => (string)e.Key, e => (string)e.Value!);
    }

    [Theory]
    [InlineData(".ru")]
    [InlineData(".pl")]
    public void Every_text_MudBlazor_shows_is_translated(string suffix)
    {
        var translated = Read(suffix);
        var own = MudBlazorsOwn();

        Assert.Empty(own.Keys.Except(translated.Keys).Select(k => $"missing in MudBlazorTexts{suffix}.resx: {k}"));
        // Signs and abbreviations read the same in every language; words do not.
        Assert.Empty(own.Where(kv => kv.Value.Any(char.IsLetter) && kv.Value.Length > 3 && translated[kv.Key] == kv.Value)
            .Select(kv => $"left in English in MudBlazorTexts{suffix}.resx: {kv.Key}"));
    }

    [Fact]
    public void Placeholders_survive_translation()
    {
        var own = MudBlazorsOwn();
        foreach (var suffix in new[] { ".ru", ".pl" })
            foreach (var (key, value) in Read(suffix))
                Assert.True(Placeholders(own[key]).SetEquals(Placeholders(value)), $"MudBlazorTexts{suffix}.resx: {key} lost or gained a placeholder");
    }

    private static HashSet<string> Placeholders(string text) =>
        System.Text.RegularExpressions.Regex.Matches(text, @"\{\d+\}").Select(m => m.Value).ToHashSet();
}
