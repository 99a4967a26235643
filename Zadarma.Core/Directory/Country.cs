namespace Zadarma.Core.Directory;

/// <summary>
/// What the phone normaliser needs to know about a country's numbering plan.
/// </summary>
/// <param name="Code">ISO 3166-1 alpha-2 code; the UI names the country in the reader's language from it.</param>
/// <param name="CallingCode">International calling code, digits only.</param>
/// <param name="TrunkPrefix">Digits dialled before a national number inside the country, if any.</param>
/// <param name="MinLength">Shortest national significant number.</param>
/// <param name="MaxLength">Longest national significant number.</param>
/// <param name="Groups">How the national number is grouped for display, e.g. 3-3-2-2.</param>
public sealed record Country(string Code, string CallingCode, string? TrunkPrefix, int MinLength, int MaxLength, int[] Groups)
{
    public bool FitsNationalLength(int length) => length >= MinLength && length <= MaxLength;

    public static readonly IReadOnlyList<Country> All =
    [
        new("RU", "7", "8", 10, 10, [3, 3, 2, 2]),
        new("KZ", "7", "8", 10, 10, [3, 3, 2, 2]),
        new("UA", "380", "0", 9, 9, [2, 3, 2, 2]),
        new("BY", "375", "80", 9, 9, [2, 3, 2, 2]),
        new("PL", "48", null, 9, 9, [3, 3, 3]),
        new("GB", "44", "0", 9, 10, [4, 6]),
        new("DE", "49", "0", 6, 11, [3, 8]),
        new("US", "1", "1", 10, 10, [3, 3, 4]),
        new("CA", "1", "1", 10, 10, [3, 3, 4]),
        new("FR", "33", "0", 9, 9, [1, 2, 2, 2, 2]),
        new("ES", "34", null, 9, 9, [3, 3, 3]),
        new("IT", "39", null, 6, 11, [3, 8]),
        new("NL", "31", "0", 9, 9, [2, 3, 4]),
        new("CZ", "420", null, 9, 9, [3, 3, 3]),
        new("LT", "370", "8", 8, 8, [3, 5]),
        new("LV", "371", null, 8, 8, [4, 4]),
        new("EE", "372", null, 7, 8, [4, 4]),
        new("GE", "995", "0", 9, 9, [3, 3, 3]),
        new("IL", "972", "0", 8, 9, [2, 3, 4]),
        new("TR", "90", "0", 10, 10, [3, 3, 4]),
    ];

    public static Country? Find(string? code) =>
        All.FirstOrDefault(c => string.Equals(c.Code, code, StringComparison.OrdinalIgnoreCase));

    /// <summary>The country of a saved setting; a code this version does not know falls back to the first of the list.</summary>
    public static Country OrFirst(string? code) => Find(code) ?? All[0];

    /// <summary>Countries whose calling code starts the given international digits, longest code first.</summary>
    internal static IEnumerable<Country> ByLeadingDigits(string digits) =>
        All.Where(c => digits.StartsWith(c.CallingCode, StringComparison.Ordinal))
           .OrderByDescending(c => c.CallingCode.Length);
}
