using Zadarma.Blazor.Accounts;

namespace Zadarma.Tests.Unit.Accounts;

public sealed class TimeZoneChoicesTests
{
    [Fact]
    public void Zones_are_named_by_their_city_with_todays_offset()
    {
        var tokyo = TimeZoneChoices.Find("Asia/Tokyo")!;
        var buenosAires = TimeZoneChoices.Find("America/Argentina/Buenos_Aires")!;

        Assert.Equal("(UTC+09:00) Tokyo", tokyo.Name);
        Assert.Equal("(UTC-03:00) Buenos Aires", buenosAires.Name);
        Assert.Equal("(UTC) UTC", TimeZoneChoices.Find("UTC")!.Name);
    }

    [Fact]
    public void Zones_that_name_no_place_are_not_offered()
    {
        Assert.DoesNotContain(TimeZoneChoices.All, z => z.Id.StartsWith("Etc/", StringComparison.Ordinal));
        Assert.Null(TimeZoneChoices.Find("Etc/GMT+3"));
        Assert.Equal(TimeZoneChoices.All.Count, TimeZoneChoices.All.Select(z => z.Id).Distinct().Count());
    }

    [Fact]
    public void Zones_are_found_by_city_region_or_offset_and_listed_from_west_to_east()
    {
        Assert.Equal(["Europe/Warsaw"], TimeZoneChoices.Search("warsaw").Select(z => z.Id));
        Assert.Contains(TimeZoneChoices.Search("buenos aires"), z => z.Id == "America/Argentina/Buenos_Aires");
        Assert.Contains(TimeZoneChoices.Search("UTC+09:00"), z => z.Id == "Asia/Tokyo");
        Assert.All(TimeZoneChoices.Search("europe/"), z => Assert.StartsWith("Europe/", z.Id, StringComparison.Ordinal));
        var offsets = TimeZoneChoices.All.Select(z => z.OffsetAt(DateTime.UtcNow)).ToList();
        Assert.Equal(offsets.Order(), offsets);
    }
}
