using Microsoft.Extensions.Localization;
using Zadarma.Core.Directory;

namespace Zadarma.Blazor.Components.Crm;

/// <summary>A country's name in the UI language: RegionInfo gives each country's own name (Deutschland, Polska), not the reader's.</summary>
public static class CountryText
{
    public static string Name(IStringLocalizer<Strings> l, Country country) => l[$"Country.{country.Code}"];
}
