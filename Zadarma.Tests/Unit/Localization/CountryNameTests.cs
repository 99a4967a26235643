using System.Globalization;
using Microsoft.Extensions.Localization;
using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Options;
using Zadarma.Blazor;
using Zadarma.Blazor.Components.Crm;
using Zadarma.Core.Directory;

namespace Zadarma.Tests.Unit.Localization;

/// <summary>The default-country picker names every country libphonenumber knows, translated where the app has a name.</summary>
public sealed class CountryNameTests
{
    private readonly IStringLocalizer<Strings> _l = new StringLocalizer<Strings>(new ResourceManagerStringLocalizerFactory(
        Options.Create(new LocalizationOptions { ResourcesPath = "Resources" }), NullLoggerFactory.Instance));

    [Theory]
    [InlineData("ru", "DE", "Германия")]
    [InlineData("pl", "DE", "Niemcy")]
    [InlineData("en", "BR", "Brazil")]
    [InlineData("ru", "IN", "India")]
    // A territory with a numbering plan of its own that .NET does not name.
    [InlineData("en", "AC", "AC")]
    public void Countries_are_named_in_the_ui_language_or_in_english(string culture, string code, string expected)
    {
        var before = CultureInfo.CurrentUICulture;
        CultureInfo.CurrentUICulture = CultureInfo.GetCultureInfo(culture);
        try
        {
            Assert.Equal(expected, CountryText.Name(_l, Country.Find(code)!));
        }
        finally
        {
            CultureInfo.CurrentUICulture = before;
        }
    }

    [Fact]
    public void Every_country_has_a_name() =>
        Assert.All(Country.All, c => Assert.False(string.IsNullOrWhiteSpace(CountryText.Name(_l, c))));
}
