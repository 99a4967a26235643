using Zadarma.Core.Calls;
using Zadarma.Core.Directory;

namespace Zadarma.Blazor.Components.Calls;

/// <summary>What the filter bar above the journal holds.</summary>
public sealed class CallFilter
{
    public CallPeriod Period { get; set; } = CallPeriod.Last30Days;

    /// <summary>First and last day of a <see cref="CallPeriod.Custom"/> period, both included, as dates in the user's time zone.</summary>
    public DateTime? FromDate { get; set; }
    public DateTime? ToDate { get; set; }

    public CallDirection? Direction { get; set; }
    public CallOutcome Outcome { get; set; } = CallOutcome.All;
    public int? EmployeeId { get; set; }

    /// <summary>The client picked in the type-ahead, kept whole so the box shows its name.</summary>
    public ClientRow? Client { get; set; }

    public string? Number { get; set; }

    /// <summary>Free text: a client's name or company, a number, words of a note.</summary>
    public string? Search { get; set; }

    /// <summary>How many filters narrow the list beyond a fresh one's: the count on the Filters button of a phone.</summary>
    public int NarrowingCount =>
        (Period == CallPeriod.Last30Days ? 0 : 1) + (Direction is null ? 0 : 1) + (Outcome == CallOutcome.All ? 0 : 1)
        + (EmployeeId is null ? 0 : 1) + (Client is null ? 0 : 1) + (string.IsNullOrWhiteSpace(Number) ? 0 : 1)
        + (string.IsNullOrWhiteSpace(Search) ? 0 : 1);

    /// <summary>The period in UTC. Days are the user's days: "today" for someone in Moscow starts at 21:00 UTC.</summary>
    public (DateTime? From, DateTime? To) Range(DateTime utcNow, TimeZoneInfo zone)
    {
        var today = TimeZoneInfo.ConvertTimeFromUtc(DateTime.SpecifyKind(utcNow, DateTimeKind.Utc), zone).Date;
        DateTime? Utc(DateTime? localDay) => localDay is { } day ? StartOf(day.Date, zone) : null;
        return Period switch
        {
            CallPeriod.Today => (Utc(today), null),
            CallPeriod.Last7Days => (Utc(today.AddDays(-6)), null),
            CallPeriod.Last30Days => (Utc(today.AddDays(-29)), null),
            CallPeriod.Custom => (Utc(FromDate), Utc(ToDate?.AddDays(1))),
            _ => (null, null),
        };
    }

    /// <summary>
    /// The calls this filter asks for within <paramref name="scope"/>, the calls its viewer may see: the scope's employee
    /// and client win over the filter's, so no filter widens what an agent or a client's page shows.
    /// </summary>
    public CallQuery ToQuery(CallQuery scope, DateTime utcNow, TimeZoneInfo zone)
    {
        var (from, to) = Range(utcNow, zone);
        return scope with
        {
            FromUtc = from,
            ToUtc = to,
            Direction = Direction,
            Outcome = Outcome,
            EmployeeId = scope.EmployeeId ?? EmployeeId,
            ClientId = scope.ClientId ?? Client?.Id,
            Number = string.IsNullOrWhiteSpace(Number) ? null : Number,
            Search = string.IsNullOrWhiteSpace(Search) ? null : Search,
        };
    }

    /// <summary>Midnight of a day in the zone; where a clock change skips midnight, the day starts when the clock resumes.</summary>
    private static DateTime StartOf(DateTime day, TimeZoneInfo zone)
    {
        var local = DateTime.SpecifyKind(day, DateTimeKind.Unspecified);
        while (zone.IsInvalidTime(local))
            local = local.AddMinutes(30);
        return TimeZoneInfo.ConvertTimeToUtc(local, zone);
    }
}

public enum CallPeriod
{
    Today,
    Last7Days,
    Last30Days,
    AllTime,
    Custom,
}
