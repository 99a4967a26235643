using PhoneNumbers;

namespace Zadarma.Core.Directory;

/// <summary>
/// A country whose numbers libphonenumber knows, named by its ISO 3166-1 alpha-2 code (the admin's stored setting);
/// the numbering plan itself stays in the library.
/// </summary>
public sealed class Country
{
    private Country(string code, int callingCode) => (Code, CallingCode) = (code, callingCode.ToString(System.Globalization.CultureInfo.InvariantCulture));

    /// <summary>ISO 3166-1 alpha-2 code; the UI names the country in the reader's language from it.</summary>
    public string Code { get; }

    /// <summary>International calling code, digits only.</summary>
    public string CallingCode { get; }

    public override string ToString() => Code;

    public static readonly IReadOnlyList<Country> All = PhoneNumberUtil.GetInstance().GetSupportedRegions()
        .Order(StringComparer.Ordinal)
        .Select(code => new Country(code, PhoneNumberUtil.GetInstance().GetCountryCodeForRegion(code)))
        .ToList();

    private static readonly Dictionary<string, Country> ByCode = All.ToDictionary(c => c.Code, StringComparer.OrdinalIgnoreCase);

    /// <summary>The country a fresh installation reads numbers in.</summary>
    public static readonly Country Initial = ByCode["RU"];

    public static Country? Find(string? code) => code is not null && ByCode.TryGetValue(code, out var country) ? country : null;

    /// <summary>The country of a saved setting; a code this version does not know falls back to <see cref="Initial"/>.</summary>
    public static Country OfSetting(string? code) => Find(code) ?? Initial;
}
