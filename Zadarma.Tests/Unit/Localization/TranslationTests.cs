using System.Text.RegularExpressions;
using System.Xml.Linq;
using Zadarma.Core.Accounts;
using Zadarma.Core.Api;
using Zadarma.Core.Directory;
using Zadarma.Core.Settings;
using Zadarma.Tests.Infrastructure;

namespace Zadarma.Tests.Unit.Localization;

/// <summary>Every UI string exists in English, Russian and Polish, and every key the code uses is translated.</summary>
public sealed partial class TranslationTests
{
    private static readonly string[] Languages = ["", ".ru", ".pl"];

    private static Dictionary<string, string> Read(string suffix) =>
        XDocument.Load(SolutionFolder.Combine("Zadarma.Blazor", "Resources", $"Strings{suffix}.resx"))
            .Root!.Elements("data")
            .ToDictionary(d => (string)d.Attribute("name")!, d => (string?)d.Element("value") ?? "");

    [Fact]
    public void Every_language_has_the_same_keys()
    {
        var english = Read("").Keys.ToHashSet();
        foreach (var suffix in Languages[1..])
        {
            var other = Read(suffix).Keys.ToHashSet();
            Assert.Empty(english.Except(other).Select(k => $"missing in Strings{suffix}.resx: {k}"));
            Assert.Empty(other.Except(english).Select(k => $"only in Strings{suffix}.resx: {k}"));
        }
    }

    [Fact]
    public void Every_key_used_in_the_code_exists()
    {
        var keys = Read("").Keys.ToHashSet();
        var sources = System.IO.Directory.EnumerateFiles(SolutionFolder.Combine("Zadarma.Blazor"), "*.*", SearchOption.AllDirectories)
            .Where(f => f.EndsWith(".razor", StringComparison.Ordinal) || f.EndsWith(".cs", StringComparison.Ordinal))
            .Where(f => !f.Contains($"{Path.DirectorySeparatorChar}obj{Path.DirectorySeparatorChar}", StringComparison.Ordinal));

        var used = sources.SelectMany(f => LiteralKey().Matches(File.ReadAllText(f)).Select(m => (File: Path.GetFileName(f), Key: m.Groups[1].Value)));
        Assert.Empty(used.Where(u => !keys.Contains(u.Key)).Select(u => $"{u.File}: {u.Key}"));
    }

    [Fact]
    public void Keys_built_from_enums_exist_for_every_value()
    {
        var keys = Read("").Keys.ToHashSet();
        var expected = Enum.GetNames<Role>().Select(n => $"Role.{n}")
            .Concat(Enum.GetNames<AccountError>().Select(n => $"Account.Error.{n}"))
            .Concat(Enum.GetNames<ThemeChoice>().Select(n => $"Theme.{n}"))
            .Concat(Enum.GetNames<PhoneError>().Select(n => $"Phone.Error.{n}"))
            .Concat(Enum.GetNames<EmployeeStatus>().Select(n => $"Employees.Status.{n}"))
            .Concat(Enum.GetNames<ZadarmaErrorKind>().Select(n => $"Zadarma.Error.{n}"))
            .Concat(Enum.GetNames<ZadarmaConnectionError>().Select(n => $"Zadarma.Invalid.{n}"))
            .Concat(Enum.GetNames<Core.Calls.CallDisposition>().Select(n => $"Calls.Disposition.{n}"))
            .Concat(Enum.GetNames<Core.Calls.CallDirection>().Select(n => $"Calls.Direction.{n}"))
            .Concat(Enum.GetNames<Core.Calls.CallOutcome>().Select(n => $"Calls.Outcome.{n}"))
            .Concat(Enum.GetNames<Blazor.Components.Calls.CallPeriod>().Select(n => $"Calls.Period.{n}"))
            .Concat(Enum.GetNames<Core.Telephony.CallbackError>().Select(n => $"ClickToCall.Error.{n}"))
            .Concat(Enum.GetNames<Core.Recordings.RecordingAction>().Select(n => $"Recordings.Action.{n}"))
            .Concat(Enum.GetNames<Core.Recordings.RecordingSource>().Select(n => $"Recordings.Source.{n}"))
            .Concat(Enum.GetNames<Core.Recordings.RecordingDownloadError>().Select(n => $"Recordings.Error.{n}"))
            .Concat(Enum.GetNames<Core.WebRtc.WidgetPlacement>().SelectMany(n => new[] { $"WebRtc.Placement.{n}", $"WebRtc.Placement.{n}.Help" }));
        Assert.DoesNotContain(expected, k => !keys.Contains(k));
    }

    [Fact]
    public void Translated_country_names_are_countries_whose_numbers_are_read()
    {
        var countries = Read("").Keys.Where(k => k.StartsWith("Country.", StringComparison.Ordinal)).ToList();
        Assert.NotEmpty(countries);
        Assert.DoesNotContain(countries, k => Country.Find(k["Country.".Length..]) is null);
    }

    [Fact]
    public void Translations_are_not_left_in_english()
    {
        var english = Read("");
        foreach (var suffix in Languages[1..])
        {
            var untranslated = Read(suffix)
                .Where(kv => kv.Value.Length > 12 && kv.Value == english[kv.Key])
                .Select(kv => $"Strings{suffix}.resx: {kv.Key}");
            Assert.Empty(untranslated);
        }
    }

    [Fact]
    public void Countries_are_named_in_the_ui_language()
    {
        Assert.Equal(("Germany", "Германия", "Niemcy"), (Read("")["Country.DE"], Read(".ru")["Country.DE"], Read(".pl")["Country.DE"]));
        Assert.Equal(("Poland", "Польша", "Polska"), (Read("")["Country.PL"], Read(".ru")["Country.PL"], Read(".pl")["Country.PL"]));
    }

    [Fact]
    public void The_terms_users_know_are_used()
    {
        Assert.Equal("Сотрудник", Read(".ru")["Users.Employee"]);
        Assert.Equal("Pracownik", Read(".pl")["Users.Employee"]);
        Assert.Equal(("Get PBX", "Получить АТС", "Pobierz PBX"), (Read("")["Pbx.Get"], Read(".ru")["Pbx.Get"], Read(".pl")["Pbx.Get"]));
        // A switch that says where recordings come from, in the same words in every language, with no vague "remotely".
        Assert.Equal(("Play recordings from Zadarma's servers", "Воспроизводить записи с серверов Zadarma", "Odtwarzaj nagrania z serwerów Zadarma"),
            (Read("")["Zadarma.PlayRemotely"], Read(".ru")["Zadarma.PlayRemotely"], Read(".pl")["Zadarma.PlayRemotely"]));
    }

    [Theory]
    [InlineData(".ru", "тестов", "песочниц", "тестовый аккаунт", "тестового аккаунта")]
    [InlineData(".pl", "testow", "piaskownic", "konto testowe", "środowisko testowe")]
    public void The_sandbox_is_called_one_thing_on_every_screen(string language, string term, params string[] others)
    {
        var strings = Read(language);
        Assert.Empty(strings.Where(kv => others.Any(o => kv.Value.Contains(o, StringComparison.OrdinalIgnoreCase))).Select(kv => kv.Key));
        // Every string about the sandbox uses the chosen term.
        var aboutTheSandbox = Read("").Where(kv => kv.Value.Contains("sandbox", StringComparison.OrdinalIgnoreCase)).Select(kv => kv.Key).ToList();
        Assert.NotEmpty(aboutTheSandbox);
        Assert.DoesNotContain(aboutTheSandbox, k => !strings[k].Contains(term, StringComparison.OrdinalIgnoreCase));
    }

    [GeneratedRegex("""L\["([A-Za-z0-9.]+)"[\],]""")]
    private static partial Regex LiteralKey();
}
