using System.Diagnostics.CodeAnalysis;
using System.Text;
using PhoneNumbers;

namespace Zadarma.Core.Directory;

/// <summary>
/// A phone number in E.164 form (<c>+79991234567</c>). Parsing, validation and formatting follow libphonenumber's
/// numbering plans, for every country it knows.
/// </summary>
public readonly record struct PhoneNumber
{
    private static readonly PhoneNumberUtil Library = PhoneNumberUtil.GetInstance();

    /// <summary>libphonenumber's region for a number written with its country code.</summary>
    private const string AnyRegion = "ZZ";

    /// <summary>E.164 allows at most 15 digits after the plus.</summary>
    private const int MaxDigits = 15;

    private PhoneNumber(string e164) => E164 = e164;

    /// <summary>A number this type wrote before (a stored <see cref="E164"/>): read back without parsing it again.</summary>
    internal static PhoneNumber FromStored(string e164) => new(e164);

    public string E164 { get; }

    /// <summary>Digits without the plus, as Zadarma sends them.</summary>
    public string Digits => E164[1..];

    /// <summary>The digits reversed: "ends with these N digits" becomes an index-friendly prefix match.</summary>
    public string ReversedDigits => Reverse(Digits);

    public override string ToString() => E164;

    public static string Reverse(string digits)
    {
        var chars = digits.ToCharArray();
        Array.Reverse(chars);
        return new string(chars);
    }

    /// <summary>
    /// Reads a number as a person types it: spaces, dashes, dots, brackets, a <c>+</c> or <c>00</c>
    /// international prefix, a national trunk prefix (<c>8</c> in RU, <c>0</c> in GB), or international
    /// digits without a plus. National forms of the default country win: "8 999 ..." in Russia is a trunk prefix.
    /// </summary>
    public static bool TryParse(string? input, Country defaultCountry, [NotNullWhen(true)] out PhoneNumber? number, out PhoneError error) =>
        TryParse(input, defaultCountry, reported: false, out number, out error);

    /// <summary>
    /// Reads a number as the PBX reports it. Zadarma sends international digits without the plus
    /// (<c>79991234567</c>), so a valid international reading wins over the national one. A hidden caller
    /// or one of the PBX's own extensions is no phone number.
    /// </summary>
    public static bool TryParseReported(string? input, Country defaultCountry, [NotNullWhen(true)] out PhoneNumber? number, out PhoneError error)
    {
        number = null;
        error = ReportedNumber.IsHidden(input) ? PhoneError.Empty
            : ReportedNumber.IsExtension(input) ? PhoneError.TooShort
            : PhoneError.None;
        if (error != PhoneError.None)
            return false;
        return TryParse(input, defaultCountry, reported: true, out number, out error);
    }

    /// <summary>
    /// Loads libphonenumber's plans and compiles the patterns of the home country's numbers. First use costs about a
    /// quarter of a second; paid at start, it does not delay the first call the PBX waits on.
    /// </summary>
    public static void Prepare(Country home)
    {
        if (Library.GetExampleNumber(home.Code) is { } example)
            _ = TryParseReported(Library.Format(example, PhoneNumberFormat.E164)[1..], home, out _, out _);
    }

    public static PhoneNumber? ParseOrNull(string? input, Country defaultCountry) =>
        TryParse(input, defaultCountry, out var number, out _) ? number : null;

    private static bool TryParse(string? input, Country defaultCountry, bool reported, [NotNullWhen(true)] out PhoneNumber? number, out PhoneError error)
    {
        number = null;
        error = Clean(input, out var digits, out var international);
        if (error != PhoneError.None)
            return false;

        // libphonenumber knows each country's own international prefix (810 in RU, 011 in US); 00 is read everywhere.
        if (!international && digits.StartsWith("00", StringComparison.Ordinal))
        {
            digits = digits[2..];
            international = true;
        }
        if (international)
        {
            if (TryRead("+" + digits, AnyRegion, out number, out error))
                return true;
        }
        else
        {
            if (reported && TryRead("+" + digits, AnyRegion, out number, out _, explain: false))
                return true;
            if (TryRead(digits, defaultCountry.Code, out number, out error))
                return true;
            if (!reported && TryRead("+" + digits, AnyRegion, out number, out _, explain: false))
                return true;
        }
        // The PBX connected the call, so its number exists even if it is newer than the library's plan.
        if (reported && TryPossible("+" + digits, out number))
        {
            error = PhoneError.None;
            return true;
        }

        // Without a plus, more digits than the default country uses may be a foreign number missing its code.
        if (!international && error == PhoneError.TooLong && digits.Length <= MaxDigits)
            error = PhoneError.NotValidForCountry;
        return false;
    }

    /// <param name="explain">Work out why a number is refused; a reading whose reason nobody sees skips that work.</param>
    private static bool TryRead(string text, string region, [NotNullWhen(true)] out PhoneNumber? number, out PhoneError error, bool explain = true)
    {
        number = null;
        if (text.StartsWith('+') && !StartsWithCountryCode(text.AsSpan(1)))
        {
            error = PhoneError.NotValidForCountry;
            return false;
        }
        try
        {
            var parsed = Library.Parse(text, region);
            if (Library.IsValidNumber(parsed))
            {
                number = new PhoneNumber(Library.Format(parsed, PhoneNumberFormat.E164));
                error = PhoneError.None;
                return true;
            }
            error = !explain ? PhoneError.NotValidForCountry : Library.IsPossibleNumberWithReason(parsed) switch
            {
                PhoneNumberUtil.ValidationResult.TOO_SHORT => PhoneError.TooShort,
                PhoneNumberUtil.ValidationResult.TOO_LONG => PhoneError.TooLong,
                _ when ShorterThanEveryday(parsed) => PhoneError.TooShort,
                _ => PhoneError.NotValidForCountry,
            };
        }
        catch (NumberParseException e)
        {
            error = e.ErrorType switch
            {
                ErrorType.TOO_SHORT_NSN or ErrorType.TOO_SHORT_AFTER_IDD => PhoneError.TooShort,
                ErrorType.TOO_LONG => PhoneError.TooLong,
                _ => PhoneError.NotValidForCountry,
            };
        }
        return false;
    }

    /// <summary>
    /// libphonenumber refuses an unknown country code by throwing, which costs more than the rest of the reading:
    /// PBX digits with a national trunk prefix ("8999...") would pay it on every call.
    /// </summary>
    private static bool StartsWithCountryCode(ReadOnlySpan<char> digits)
    {
        // No calling code is the start of another, and none is longer than three digits.
        for (var length = 1; length <= 3 && length < digits.Length; length++)
        {
            if (Library.GetRegionCodeForCountryCode(int.Parse(digits[..length], provider: System.Globalization.CultureInfo.InvariantCulture)) != AnyRegion)
                return true;
        }
        return false;
    }

    /// <summary>
    /// Shorter than the country's landline and mobile numbers. Plans allow short lengths for rare kinds of numbers
    /// (eight digits in Poland), which a person typing a client's number does not mean.
    /// </summary>
    private static bool ShorterThanEveryday(PhoneNumbers.PhoneNumber number)
    {
        var region = Library.GetRegionCodeForCountryCode(number.CountryCode);
        var lengths = new[] { PhoneNumberType.FIXED_LINE, PhoneNumberType.MOBILE }
            .Select(type => Library.GetExampleNumberForType(region, type))
            .OfType<PhoneNumbers.PhoneNumber>()
            .Select(example => Library.GetNationalSignificantNumber(example).Length)
            .ToList();
        return lengths.Count > 0 && Library.GetNationalSignificantNumber(number).Length < lengths.Min();
    }

    private static bool TryPossible(string text, [NotNullWhen(true)] out PhoneNumber? number)
    {
        number = null;
        if (!StartsWithCountryCode(text.AsSpan(1)))
            return false;
        try
        {
            var parsed = Library.Parse(text, AnyRegion);
            if (Library.IsPossibleNumberWithReason(parsed) == PhoneNumberUtil.ValidationResult.IS_POSSIBLE)
                number = new PhoneNumber(Library.Format(parsed, PhoneNumberFormat.E164));
        }
        catch (NumberParseException)
        {
        }
        return number is not null;
    }

    private static PhoneError Clean(string? input, out string digits, out bool international)
    {
        digits = "";
        international = false;
        if (string.IsNullOrWhiteSpace(input))
            return PhoneError.Empty;

        var text = input.Trim();
        // "+44 (0)20 ..." shows the trunk prefix a caller inside the country would dial; it is not part of the number.
        if (text.StartsWith('+'))
            text = text.Replace("(0)", "", StringComparison.Ordinal);
        var builder = new StringBuilder(text.Length);
        for (var i = 0; i < text.Length; i++)
        {
            var c = text[i];
            if (c is >= '0' and <= '9')
                builder.Append(c);
            else if (c == '+' && builder.Length == 0 && !international)
                international = true;
            else if (c is ' ' or '-' or '(' or ')' or '.' or '/' or '\u00A0' or '\u2011' or '\u2013')
                continue;
            // libphonenumber would read letters as a keypad word ("1-800-FLOWERS"); in a CRM they are a typing mistake.
            else
                return PhoneError.InvalidCharacters;
        }
        digits = builder.ToString();
        return digits.Length == 0 ? PhoneError.Empty : PhoneError.None;
    }

    /// <summary>A stored E.164 number as people read it (see <see cref="Format(Country)"/>); anything else is shown as it is.</summary>
    public static string Format(string? e164, Country home)
    {
        if (e164 is null || !e164.StartsWith('+'))
            return e164 ?? "";
        try
        {
            return Format(Library.Parse(e164, AnyRegion), home);
        }
        catch (NumberParseException)
        {
            return e164;
        }
    }

    /// <summary>
    /// As people of the home country read it: a number of that country in its national form (<c>8 (999) 123-45-67</c>
    /// in Russia), any other in international form (<c>+48 601 234 567</c>).
    /// </summary>
    public string Format(Country home) => Format(Library.Parse(E164, AnyRegion), home);

    private static string Format(PhoneNumbers.PhoneNumber number, Country home) =>
        Library.Format(number, Library.GetRegionCodeForNumber(number) == home.Code ? PhoneNumberFormat.NATIONAL : PhoneNumberFormat.INTERNATIONAL);
}
