using System.Globalization;
using Microsoft.Extensions.Localization;
using Zadarma.Core.Directory;

namespace Zadarma.Blazor.Components.Crm;

/// <summary>
/// A country's name in the UI language where the app has it translated, in English otherwise: RegionInfo gives each
/// country's own name (Deutschland, Polska), not the reader's.
/// </summary>
public static class CountryText
{
    public static string Name(IStringLocalizer<Strings> l, Country country)
    {
        var translated = l[$"Country.{country.Code}"];
        return translated.ResourceNotFound ? EnglishName(country.Code) : translated.Value;
    }

    private static string EnglishName(string code)
    {
        try
        {
            return new RegionInfo(code).EnglishName;
        }
        catch (ArgumentException)
        {
            // libphonenumber also knows territories with their own numbering plan that .NET does not name (AC, TA).
            return code;
        }
    }
}
