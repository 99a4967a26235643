using Zadarma.Blazor.Components.Calls;
using Zadarma.Core.Calls;
using Zadarma.Core.Directory;

namespace Zadarma.Tests.Unit.Calls;

public sealed class CallFilterTests
{
    private static readonly TimeZoneInfo Moscow = TimeZoneInfo.FindSystemTimeZoneById("Europe/Moscow");
    private static readonly TimeZoneInfo Warsaw = TimeZoneInfo.FindSystemTimeZoneById("Europe/Warsaw");

    [Fact]
    public void Today_starts_at_midnight_in_the_users_time_zone()
    {
        // 22:30 UTC on the 1st is already the 2nd in Moscow, still the 1st in Warsaw.
        var now = new DateTime(2026, 12, 1, 22, 30, 0, DateTimeKind.Utc);
        var filter = new CallFilter { Period = CallPeriod.Today };

        Assert.Equal((new DateTime(2026, 12, 1, 21, 0, 0, DateTimeKind.Utc), (DateTime?)null), filter.Range(now, Moscow));
        Assert.Equal((new DateTime(2026, 11, 30, 23, 0, 0, DateTimeKind.Utc), (DateTime?)null), filter.Range(now, Warsaw));
    }

    [Fact]
    public void The_last_seven_days_include_today()
    {
        var (from, _) = new CallFilter { Period = CallPeriod.Last7Days }.Range(new DateTime(2026, 12, 10, 8, 0, 0, DateTimeKind.Utc), TimeZoneInfo.Utc);
        Assert.Equal(new DateTime(2026, 12, 4, 0, 0, 0, DateTimeKind.Utc), from);
    }

    [Fact]
    public void A_day_across_a_clock_change_starts_at_its_own_midnight()
    {
        // Warsaw moves to summer time on 29 March 2026: the day before starts at UTC+1, the day after at UTC+2.
        var filter = new CallFilter { Period = CallPeriod.Custom, FromDate = new DateTime(2026, 3, 28), ToDate = new DateTime(2026, 3, 29) };
        Assert.Equal(
            (new DateTime(2026, 3, 27, 23, 0, 0, DateTimeKind.Utc), new DateTime(2026, 3, 29, 22, 0, 0, DateTimeKind.Utc)),
            filter.Range(new DateTime(2026, 4, 10, 8, 0, 0, DateTimeKind.Utc), Warsaw));
    }

    [Fact]
    public void Chosen_dates_include_both_days_and_either_may_be_left_open()
    {
        var now = new DateTime(2026, 12, 10, 8, 0, 0, DateTimeKind.Utc);
        var filter = new CallFilter { Period = CallPeriod.Custom, FromDate = new DateTime(2026, 11, 3), ToDate = new DateTime(2026, 11, 5) };

        Assert.Equal((new DateTime(2026, 11, 2, 21, 0, 0, DateTimeKind.Utc), new DateTime(2026, 11, 5, 21, 0, 0, DateTimeKind.Utc)), filter.Range(now, Moscow));
        filter.ToDate = null;
        Assert.Equal((new DateTime(2026, 11, 2, 21, 0, 0, DateTimeKind.Utc), (DateTime?)null), filter.Range(now, Moscow));
        filter.FromDate = null;
        Assert.Equal(((DateTime?)null, (DateTime?)null), filter.Range(now, Moscow));
    }

    [Fact]
    public void No_filter_widens_what_the_viewer_may_see()
    {
        var filter = new CallFilter
        {
            Period = CallPeriod.AllTime, EmployeeId = 7, Outcome = CallOutcome.Busy, Direction = CallDirection.Outgoing, Number = " 4567 ",
            Client = new ClientRow(3, "Marta Nowak", null, null, null, null, [], DateTime.UtcNow),
        };
        var now = DateTime.UtcNow;

        var agents = filter.ToQuery(new CallQuery { EmployeeId = 2 }, now, Moscow);
        Assert.Equal((2, 3, CallOutcome.Busy, CallDirection.Outgoing, " 4567 "), (agents.EmployeeId, agents.ClientId, agents.Outcome, agents.Direction, agents.Number));

        var clientsPage = filter.ToQuery(new CallQuery { ClientId = 9 }, now, Moscow);
        Assert.Equal((7, 9), (clientsPage.EmployeeId, clientsPage.ClientId));
        Assert.Null(new CallFilter { Number = "  " }.ToQuery(new CallQuery(), now, Moscow).Number);
        Assert.Null(new CallFilter { Search = "  " }.ToQuery(new CallQuery(), now, Moscow).Search);
        Assert.Equal("faktura", new CallFilter { Search = "faktura" }.ToQuery(new CallQuery { EmployeeId = 2 }, now, Moscow).Search);
    }

    [Fact]
    public void The_filters_button_counts_what_narrows_the_list()
    {
        var filter = new CallFilter();
        Assert.Equal(0, filter.NarrowingCount);
        filter.Outcome = CallOutcome.Missed;
        filter.Number = "45";
        filter.Period = CallPeriod.Today;
        Assert.Equal(3, filter.NarrowingCount);
        filter.Search = "Kowalski";
        Assert.Equal(4, filter.NarrowingCount);
    }
}
