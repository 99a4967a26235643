using Zadarma.Blazor.Components.Calls;
using Zadarma.Core.Calls;

namespace Zadarma.Tests.Unit.Calls;

public sealed class CallFilterTests
{
    private const int Moscow = 180;

    [Fact]
    public void Today_starts_at_midnight_in_the_pbx_time_zone()
    {
        // 22:30 UTC on the 1st is already the 2nd in Moscow.
        var filter = new CallFilter { Period = CallPeriod.Today };
        var (from, to) = filter.Range(new DateTime(2026, 12, 1, 22, 30, 0, DateTimeKind.Utc), Moscow);

        Assert.Equal(new DateTime(2026, 12, 1, 21, 0, 0, DateTimeKind.Utc), from);
        Assert.Null(to);
    }

    [Fact]
    public void The_last_seven_days_include_today()
    {
        var (from, _) = new CallFilter { Period = CallPeriod.Last7Days }.Range(new DateTime(2026, 12, 10, 8, 0, 0, DateTimeKind.Utc), 0);
        Assert.Equal(new DateTime(2026, 12, 4, 0, 0, 0, DateTimeKind.Utc), from);
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
    public void The_result_list_offers_answered_missed_and_every_way_a_call_ends()
    {
        var dispositions = CallResultChoice.Choices.Select(c => c.Disposition).OfType<CallDisposition>().ToHashSet();

        Assert.Equal(CallResultChoice.All, CallResultChoice.Choices[0]);
        Assert.Contains(new CallResultChoice(CallOutcome.Missed, null), CallResultChoice.Choices);
        Assert.Equal(Enum.GetValues<CallDisposition>().Except([CallDisposition.None, CallDisposition.Answered]).ToHashSet(), dispositions);
        Assert.Equal(CallResultChoice.Choices.Count, CallResultChoice.Choices.Select(c => c.LabelKey).Distinct().Count());
    }
}
