using Zadarma.Core.Api;

namespace Zadarma.Tests.Unit.Api;

/// <summary>PHP urlencode (RFC 1738) compatibility, which the signature depends on.</summary>
public sealed class QueryEncodingTests
{
    [Theory]
    [InlineData("a b", "a+b")]
    [InlineData("!", "%21")]
    [InlineData("*", "%2A")]
    [InlineData("(", "%28")]
    [InlineData(")", "%29")]
    [InlineData("~", "%7E")]
    [InlineData(":", "%3A")]
    [InlineData("+", "%2B")]
    [InlineData("'", "%27")]
    [InlineData("/", "%2F")]
    [InlineData("AZaz09-_.", "AZaz09-_.")]
    [InlineData("Привет", "%D0%9F%D1%80%D0%B8%D0%B2%D0%B5%D1%82")]
    public void Encodes_like_php_urlencode(string value, string expected) =>
        Assert.Equal(expected, ZadarmaQuery.Encode(value));

    [Fact]
    public void Encodes_keys_as_well_as_values()
    {
        Assert.Equal("a+b=c%2Fd", ZadarmaQuery.Build([new("a b", "c/d")]));
    }
}
