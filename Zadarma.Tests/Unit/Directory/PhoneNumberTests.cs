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
    [InlineData("GB", "07700 900123", "+447700900123")]
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
    [InlineData("RU", "+7 999 123 45", PhoneError.NotValidForCountry)]
    public void Invalid_numbers_are_refused_with_a_reason(string country, string typed, PhoneError expected)
    {
        Assert.False(PhoneNumber.TryParse(typed, C(country), out _, out var error));
        Assert.Equal(expected, error);
    }

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
    public void Reported_numbers_prefer_the_international_reading(string country, string reported, string expected)
    {
        Assert.True(PhoneNumber.TryParseReported(reported, C(country), out var number, out _));
        Assert.Equal(expected, number.Value.E164);
    }

    [Fact]
    public void Typed_numbers_prefer_the_national_reading_of_the_default_country()
    {
        Assert.True(PhoneNumber.TryParse("4930123456", C("DE"), out var number, out _));
        Assert.Equal("+494930123456", number.Value.E164);
    }

    [Theory]
    [InlineData("+79991234567", "+7 999 123 45 67")]
    [InlineData("+48123456789", "+48 123 456 789")]
    [InlineData("+380671234567", "+380 67 123 45 67")]
    [InlineData("+12125550100", "+1 212 555 0100")]
    [InlineData("+99912345678", "+99912345678")]
    [InlineData("100", "100")]
    public void Stored_numbers_are_grouped_for_reading(string e164, string expected) =>
        Assert.Equal(expected, PhoneNumber.Format(e164));

    [Fact]
    public void Reversed_digits_turn_a_suffix_into_a_prefix()
    {
        var number = PhoneNumber.ParseOrNull("+7 999 123 45 67", C("RU"))!.Value;
        Assert.Equal("76543219997", number.ReversedDigits);
        Assert.Equal("79991234567", number.Digits);
    }
}
