using Zadarma.Core.Api;

namespace Zadarma.Tests.Unit.Api;

public sealed class AccountTimeZoneTests
{
    [Theory]
    [InlineData("UTC+3", 180)]
    [InlineData("UTC-5", -300)]
    [InlineData("UTC+5:30", 330)]
    [InlineData("GMT+10", 600)]
    [InlineData("UTC", 0)]
    public void Reads_the_offset(string timeZone, int minutes) =>
        Assert.Equal(TimeSpan.FromMinutes(minutes), new AccountTimeZone(0, "", timeZone).UtcOffset);

    [Theory]
    [InlineData("Europe/Moscow")]
    [InlineData("UTC+15")]
    [InlineData("UTC+3:75")]
    [InlineData("UTC3")]
    public void Gives_no_offset_for_other_forms(string timeZone) =>
        Assert.Null(new AccountTimeZone(0, "", timeZone).UtcOffset);
}
