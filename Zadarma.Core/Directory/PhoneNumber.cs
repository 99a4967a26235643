using System.Diagnostics.CodeAnalysis;
using System.Text;

namespace Zadarma.Core.Directory;

/// <summary>Why a typed number could not be read as a phone number.</summary>
public enum PhoneError
{
    None,
    Empty,
    InvalidCharacters,
    TooShort,
    TooLong,
    NotValidForCountry,
}

/// <summary>A phone number in E.164 form (<c>+79991234567</c>).</summary>
public readonly record struct PhoneNumber
{
    private PhoneNumber(string e164) => E164 = e164;

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
        TryParse(input, defaultCountry, nationalFirst: true, out number, out error);

    /// <summary>
    /// Reads a number as the PBX reports it. Zadarma sends international digits without the plus
    /// (<c>79991234567</c>), so a known country code wins over the national reading.
    /// </summary>
    public static bool TryParseReported(string? input, Country defaultCountry, [NotNullWhen(true)] out PhoneNumber? number, out PhoneError error) =>
        TryParse(input, defaultCountry, nationalFirst: false, out number, out error);

    public static PhoneNumber? ParseOrNull(string? input, Country defaultCountry) =>
        TryParse(input, defaultCountry, out var number, out _) ? number : null;

    private static bool TryParse(string? input, Country defaultCountry, bool nationalFirst, [NotNullWhen(true)] out PhoneNumber? number, out PhoneError error)
    {
        number = null;
        error = Clean(input, out var digits, out var international);
        if (error != PhoneError.None)
            return false;

        if (!international && digits.StartsWith("00", StringComparison.Ordinal))
        {
            digits = digits[2..];
            international = true;
        }

        if (international)
            return TryInternational(digits, acceptUnknownCode: true, out number, out error);

        if (nationalFirst)
        {
            if (TryNational(digits, defaultCountry, out number))
                return true;
            if (TryInternational(digits, acceptUnknownCode: false, out number, out error))
                return true;
        }
        else
        {
            if (TryInternational(digits, acceptUnknownCode: false, out number, out error))
                return true;
            if (TryNational(digits, defaultCountry, out number))
                return true;
            if (TryInternational(digits, acceptUnknownCode: true, out number, out error))
                return true;
        }

        error = digits.Length < defaultCountry.MinLength ? PhoneError.TooShort
            : digits.Length > 15 ? PhoneError.TooLong
            : PhoneError.NotValidForCountry;
        return false;
    }

    private static bool TryNational(string digits, Country country, [NotNullWhen(true)] out PhoneNumber? number)
    {
        var national = digits;
        if (country.TrunkPrefix is { } trunk && national.StartsWith(trunk, StringComparison.Ordinal)
            && country.FitsNationalLength(national.Length - trunk.Length))
        {
            national = national[trunk.Length..];
        }
        number = country.FitsNationalLength(national.Length) ? new PhoneNumber("+" + country.CallingCode + national) : null;
        return number is not null;
    }

    private static bool TryInternational(string digits, bool acceptUnknownCode, [NotNullWhen(true)] out PhoneNumber? number, out PhoneError error)
    {
        number = null;
        if (digits.Length > 15)
        {
            error = PhoneError.TooLong;
            return false;
        }
        if (digits.Length < 7)
        {
            error = PhoneError.TooShort;
            return false;
        }

        var known = Country.ByLeadingDigits(digits).ToList();
        if (known.Count == 0)
        {
            // A country outside the table: E.164 allows up to 15 digits, so take it as written.
            error = !acceptUnknownCode ? PhoneError.NotValidForCountry
                : digits.Length >= 8 ? PhoneError.None
                : PhoneError.TooShort;
            if (error == PhoneError.None)
                number = new PhoneNumber("+" + digits);
            return number is not null;
        }

        foreach (var country in known)
        {
            if (country.FitsNationalLength(digits.Length - country.CallingCode.Length))
            {
                error = PhoneError.None;
                number = new PhoneNumber("+" + digits);
                return true;
            }
        }
        error = PhoneError.NotValidForCountry;
        return false;
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
            else
                return PhoneError.InvalidCharacters;
        }
        digits = builder.ToString();
        return digits.Length == 0 ? PhoneError.Empty : PhoneError.None;
    }

    /// <summary>A stored E.164 number grouped for reading; anything else is shown as it is.</summary>
    public static string Format(string? e164) =>
        e164 is not null && e164.StartsWith('+') && TryInternational(e164[1..], acceptUnknownCode: true, out var number, out _)
            ? number.Value.Format()
            : e164 ?? "";

    /// <summary>Groups the national part for reading, e.g. <c>+7 999 123 45 67</c>.</summary>
    public string Format()
    {
        var digits = Digits;
        var country = Country.ByLeadingDigits(digits)
            .FirstOrDefault(c => c.FitsNationalLength(digits.Length - c.CallingCode.Length));
        if (country is null)
            return E164;

        var national = digits[country.CallingCode.Length..];
        var parts = new List<string> { "+" + country.CallingCode };
        var position = 0;
        for (var g = 0; g < country.Groups.Length && position < national.Length; g++)
        {
            var size = g == country.Groups.Length - 1 ? national.Length - position : Math.Min(country.Groups[g], national.Length - position);
            parts.Add(national.Substring(position, size));
            position += size;
        }
        return string.Join(' ', parts);
    }
}
