using Zadarma.Core.Settings;

namespace Zadarma.Tests.Unit.Settings;

public sealed class PbxTimeZoneTests
{
    [Theory]
    [InlineData("UTC+3", 180)]
    [InlineData("UTC-4", -240)]
    [InlineData("UTC+5:30", 330)]
    [InlineData("utc", 0)]
    [InlineData("GMT+14", 840)]
    public void Reads_the_time_zone_as_the_api_writes_it(string text, int minutes)
    {
        Assert.True(PbxTimeZone.TryParse(text, out var offset));
        Assert.Equal(minutes, offset);
    }

    [Theory]
    [InlineData("")]
    [InlineData("Europe/Moscow")]
    [InlineData("UTC+15")]
    [InlineData("UTC+3:75")]
    public void Refuses_what_is_not_a_utc_offset(string text) =>
        Assert.False(PbxTimeZone.TryParse(text, out _));

    [Theory]
    [InlineData(180, "UTC+3")]
    [InlineData(-570, "UTC-9:30")]
    [InlineData(0, "UTC")]
    public void Formats_back(int minutes, string text) =>
        Assert.Equal(text, PbxTimeZone.Format(minutes));
}
