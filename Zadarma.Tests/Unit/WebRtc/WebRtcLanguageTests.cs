using System.Globalization;
using Zadarma.Core.WebRtc;

namespace Zadarma.Tests.Unit.WebRtc;

public sealed class WebRtcLanguageTests
{
    [Theory]
    [InlineData("en-US", "en")]
    [InlineData("en", "en")]
    [InlineData("ru", "ru")]
    [InlineData("ru-RU", "ru")]
    [InlineData("pl", "pl")]
    [InlineData("de-DE", "de")]
    [InlineData("es", "es")]
    [InlineData("fr-FR", "fr")]
    [InlineData("uk-UA", "ua")]
    [InlineData("ja-JP", "en")]
    [InlineData("", "en")]
    public void The_widget_speaks_the_users_language_when_zadarma_offers_it(string culture, string expected) =>
        Assert.Equal(expected, WebRtcLanguage.For(CultureInfo.GetCultureInfo(culture)));
}
