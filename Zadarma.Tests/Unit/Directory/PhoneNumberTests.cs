using Zadarma.Core.Directory;

namespace Zadarma.Tests.Unit.Directory;

public sealed class PhoneNumberTests
{
    private static Country C(string code) => Country.Find(code)!;

    [Theory]
    // Russia: trunk 8, country code 7, any punctuation.
    [InlineData("RU", "8 (999) 123-45-67", "+79991234567")]
    [InlineData("RU", "+7 999 123 45 67", "+79991234567")]
    [InlineData("RU", "79991234567", "+79991234567")]
    [InlineData("RU", "89991234567", "+79991234567")]
    [InlineData("RU", "999 123-45-67", "+79991234567")]
    [InlineData("RU", "007 999 123 45 67", "+79991234567")]
    [InlineData("RU", "8.999.123.45.67", "+79991234567")]
    [InlineData("RU", "8 800 555 35 35", "+78005553535")]
    [InlineData("RU", "800 555 35 35", "+78005553535")]
    // Poland: no trunk prefix, nine digits.
    [InlineData("PL", "123 456 789", "+48123456789")]
    [InlineData("PL", "+48 123-456-789", "+48123456789")]
    [InlineData("PL", "0048 123 456 789", "+48123456789")]
    [InlineData("PL", "48123456789", "+48123456789")]
    // Ukraine: trunk 0, country code 380.
    [InlineData("UA", "067 123 4567", "+380671234567")]
    [InlineData("UA", "(067) 123-45-67", "+380671234567")]
    [InlineData("UA", "+380 67 123 45 67", "+380671234567")]
    [InlineData("UA", "380671234567", "+380671234567")]
    // United Kingdom: trunk 0.
    [InlineData("GB", "020 3769 1881", "+442037691881")]
    [InlineData("GB", "+44 (0)20 3769 1881", "+442037691881")]
    [InlineData("GB", "00 44 20 3769 1881", "+442037691881")]
    [InlineData("GB", "07400 123456", "+447400123456")]
    // Germany: trunk 0, variable length.
    [InlineData("DE", "030 1234567", "+49301234567")]
    [InlineData("DE", "+49 30 1234567", "+49301234567")]
    [InlineData("DE", "0151 23456789", "+4915123456789")]
    // United States: trunk 1, ten digits.
    [InlineData("US", "(212) 555-0100", "+12125550100")]
    [InlineData("US", "1 212 555 0100", "+12125550100")]
    [InlineData("US", "+1-212-555-0100", "+12125550100")]
    [InlineData("US", "212.555.0100", "+12125550100")]
    // A foreign number typed with its country code, whatever the default country.
    [InlineData("RU", "+48 123 456 789", "+48123456789")]
    [InlineData("PL", "+7 (999) 123-45-67", "+79991234567")]
    [InlineData("RU", "442037691881", "+442037691881")]
    public void Typed_numbers_become_E164(string country, string typed, string expected)
    {
        Assert.True(PhoneNumber.TryParse(typed, C(country), out var number, out var error), $"{typed}: {error}");
        Assert.Equal(expected, number.Value.E164);
    }

    [Theory]
    [InlineData("RU", "", PhoneError.Empty)]
    [InlineData("RU", "   ", PhoneError.Empty)]
    [InlineData("RU", "call me", PhoneError.InvalidCharacters)]
    [InlineData("RU", "8 999 12a 45 67", PhoneError.InvalidCharacters)]
    [InlineData("RU", "+7 999 +123", PhoneError.InvalidCharacters)]
    [InlineData("RU", "12345", PhoneError.TooShort)]
    [InlineData("RU", "+1234567890123456", PhoneError.TooLong)]
    [InlineData("PL", "12345678", PhoneError.TooShort)]
    [InlineData("PL", "1234567890", PhoneError.NotValidForCountry)]
    [InlineData("RU", "+7 999 123 45", PhoneError.TooShort)]
    // Ofcom keeps 07700 900xxx for drama: no phone has it.
    [InlineData("GB", "07700 900123", PhoneError.NotValidForCountry)]
    public void Invalid_numbers_are_refused_with_a_reason(string country, string typed, PhoneError expected)
    {
        Assert.False(PhoneNumber.TryParse(typed, C(country), out _, out var error));
        Assert.Equal(expected, error);
    }

    [Theory]
    // Countries whose plans only libphonenumber knows here, in the forms people write them.
    [InlineData("DE", "+49 (0)30 1234567", "+49301234567")]
    [InlineData("DE", "0049 30 1234567", "+49301234567")]
    [InlineData("DE", "(030) 123-4567", "+49301234567")]
    [InlineData("FR", "01 23 45 67 89", "+33123456789")]
    [InlineData("FR", "06.12.34.56.78", "+33612345678")]
    [InlineData("FR", "+33 (0)6 12 34 56 78", "+33612345678")]
    [InlineData("US", "+1 (212) 555-0100", "+12125550100")]
    [InlineData("UA", "+380 (67) 123-45-67", "+380671234567")]
    [InlineData("KZ", "8 (701) 234-56-78", "+77012345678")]
    [InlineData("KZ", "+7 701 234 56 78", "+77012345678")]
    [InlineData("BY", "8 029 123-45-67", "+375291234567")]
    [InlineData("BY", "+375 (29) 123-45-67", "+375291234567")]
    [InlineData("IT", "06 1234 5678", "+390612345678")]
    [InlineData("IT", "+39 312 345 6789", "+393123456789")]
    [InlineData("ES", "612 34 56 78", "+34612345678")]
    [InlineData("ES", "0034 91 123 45 67", "+34911234567")]
    [InlineData("BR", "(11) 91234-5678", "+5511912345678")]
    [InlineData("BR", "+55 11 91234-5678", "+5511912345678")]
    [InlineData("IN", "098765 43210", "+919876543210")]
    [InlineData("IN", "+91 98765-43210", "+919876543210")]
    // Any of them typed with its country code, whatever the default country.
    [InlineData("RU", "+49 30 1234567", "+49301234567")]
    [InlineData("RU", "0033 1 23 45 67 89", "+33123456789")]
    [InlineData("PL", "+55 (11) 91234-5678", "+5511912345678")]
    [InlineData("US", "+44 (0)20 3769 1881", "+442037691881")]
    public void Numbers_of_every_country_become_E164(string country, string typed, string expected)
    {
        Assert.True(PhoneNumber.TryParse(typed, C(country), out var number, out var error), $"{typed}: {error}");
        Assert.Equal(expected, number.Value.E164);
    }

    [Theory]
    [InlineData("IT", "chiama", PhoneError.InvalidCharacters)]
    [InlineData("US", "1-800-FLOWERS", PhoneError.InvalidCharacters)]
    [InlineData("US", "212 555 010", PhoneError.TooShort)]
    [InlineData("BR", "+55 11 1234", PhoneError.TooShort)]
    [InlineData("FR", "+33 1 23 45 67 89 12", PhoneError.TooLong)]
    [InlineData("RU", "12345678901234567890", PhoneError.TooLong)]
    // Without a plus, too many digits for the country may be a foreign number missing its code: say which country was assumed.
    [InlineData("FR", "01 23 45 67 89 12", PhoneError.NotValidForCountry)]
    [InlineData("UA", "+380 00 123 45 67", PhoneError.NotValidForCountry)]
    [InlineData("DE", "+999 1234 5678", PhoneError.NotValidForCountry)]
    public void Invalid_numbers_of_every_country_are_refused_with_a_reason(string country, string typed, PhoneError expected)
    {
        Assert.False(PhoneNumber.TryParse(typed, C(country), out _, out var error));
        Assert.Equal(expected, error);
    }

    [Fact]
    public void Every_country_libphonenumber_knows_can_be_the_default()
    {
        Assert.True(Country.All.Count > 200);
        Assert.All(new[] { "DE", "FR", "US", "UA", "KZ", "BY", "IT", "ES", "BR", "IN", "RU", "PL" }, code => Assert.NotNull(Country.Find(code)));
        Assert.Equal(("55", "91"), (C("BR").CallingCode, C("IN").CallingCode));
        Assert.Same(C("RU"), Country.OfSetting("ru"));
        Assert.Same(Country.Initial, Country.OfSetting("QQ"));
    }

    [Theory]
    [InlineData(null, PhoneError.Empty)]
    [InlineData("", PhoneError.Empty)]
    [InlineData("0", PhoneError.Empty)]
    [InlineData("anonymous", PhoneError.Empty)]
    [InlineData("unknown", PhoneError.Empty)]
    [InlineData("100", PhoneError.TooShort)]
    [InlineData(" 101 ", PhoneError.TooShort)]
    [InlineData("12345", PhoneError.TooShort)]
    public void Hidden_callers_and_extensions_are_no_phone_numbers(string? reported, PhoneError expected)
    {
        Assert.False(PhoneNumber.TryParseReported(reported, C("RU"), out _, out var error));
        Assert.Equal(expected, error);
    }

    [Theory]
    [InlineData(null, true)]
    [InlineData("0", true)]
    [InlineData("00", true)]
    [InlineData("anonymous", true)]
    [InlineData("Unknown", true)]
    [InlineData("100", false)]
    [InlineData("79991234567", false)]
    public void Hidden_callers_are_recognised(string? reported, bool hidden) =>
        Assert.Equal(hidden, ReportedNumber.IsHidden(reported));

    [Fact]
    public void The_three_spellings_of_one_russian_number_are_the_same_number()
    {
        var ru = C("RU");
        var spellings = new[] { "8 (999) 123-45-67", "+7 999 123 45 67", "79991234567" };
        var numbers = spellings.Select(s => PhoneNumber.ParseOrNull(s, ru)).Distinct().ToList();
        Assert.Single(numbers);
        Assert.NotNull(numbers[0]);
    }

    [Theory]
    // Zadarma reports international digits without '+': a known country code wins over the national reading.
    [InlineData("DE", "4930123456", "+4930123456")]
    [InlineData("RU", "79991234567", "+79991234567")]
    [InlineData("PL", "48123456789", "+48123456789")]
    [InlineData("RU", "89991234567", "+79991234567")]
    [InlineData("RU", "+442037691881", "+442037691881")]
    [InlineData("RU", "375291234567", "+375291234567")]
    [InlineData("BY", "80291234567", "+375291234567")]
    [InlineData("RU", "5511912345678", "+5511912345678")]
    // A range newer than the library's plan: the PBX connected it, so it is taken as written.
    [InlineData("RU", "380000000123", "+380000000123")]
    public void Reported_numbers_prefer_the_international_reading(string country, string reported, string expected)
    {
        Assert.True(PhoneNumber.TryParseReported(reported, C(country), out var number, out _));
        Assert.Equal(expected, number.Value.E164);
    }

    [Fact]
    public void Typed_numbers_prefer_the_national_reading_of_the_default_country()
    {
        // Moscow without its trunk prefix, or Germany without its plus: both are valid numbers.
        Assert.True(PhoneNumber.TryParse("495 123 45 67", C("RU"), out var typed, out _));
        Assert.True(PhoneNumber.TryParseReported("4951234567", C("RU"), out var reported, out _));
        Assert.Equal(("+74951234567", "+4951234567"), (typed.Value.E164, reported.Value.E164));
    }

    [Theory]
    // At home in the national form, as people there dial it; from abroad in the international form.
    [InlineData("RU", "+79991234567", "8 (999) 123-45-67")]
    [InlineData("RU", "+48601234567", "+48 601 234 567")]
    [InlineData("RU", "+380671234567", "+380 67 123 4567")]
    [InlineData("RU", "+12125550100", "+1 212-555-0100")]
    [InlineData("RU", "+77012345678", "+7 701 234 5678")]
    [InlineData("KZ", "+77012345678", "8 (701) 234 5678")]
    [InlineData("KZ", "+79991234567", "+7 999 123-45-67")]
    [InlineData("PL", "+48601234567", "601 234 567")]
    [InlineData("US", "+12125550100", "(212) 555-0100")]
    [InlineData("DE", "+49301234567", "030 1234567")]
    [InlineData("GB", "+442037691881", "020 3769 1881")]
    [InlineData("FR", "+33612345678", "06 12 34 56 78")]
    [InlineData("FR", "+79991234567", "+7 999 123-45-67")]
    // Not a number of any plan, or an extension: shown as it is.
    [InlineData("RU", "+99912345678", "+99912345678")]
    [InlineData("RU", "100", "100")]
    [InlineData("RU", "", "")]
    public void Stored_numbers_are_shown_as_people_of_the_default_country_read_them(string home, string e164, string expected) =>
        Assert.Equal(expected, PhoneNumber.Format(e164, C(home)));

    [Fact]
    public void A_parsed_number_is_shown_as_a_stored_one_is()
    {
        var number = PhoneNumber.ParseOrNull("+7 999 123 45 67", C("RU"))!.Value;
        Assert.Equal(("8 (999) 123-45-67", "+7 999 123-45-67"), (number.Format(C("RU")), number.Format(C("DE"))));
    }

    [Fact]
    public void Reversed_digits_turn_a_suffix_into_a_prefix()
    {
        var number = PhoneNumber.ParseOrNull("+7 999 123 45 67", C("RU"))!.Value;
        Assert.Equal("76543219997", number.ReversedDigits);
        Assert.Equal("79991234567", number.Digits);
    }
}
