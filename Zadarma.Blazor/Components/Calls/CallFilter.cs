using Zadarma.Core.Calls;

namespace Zadarma.Blazor.Components.Calls;

/// <summary>What the filter bar above the journal holds.</summary>
public sealed class CallFilter
{
    public CallPeriod Period { get; set; } = CallPeriod.Last30Days;
    public CallDirection? Direction { get; set; }
    public CallOutcome Outcome { get; set; }
    public int? EmployeeId { get; set; }
    public string? Number { get; set; }

    public (DateTime? From, DateTime? To) Range(DateTime utcNow) => Period switch
    {
        CallPeriod.Today => (utcNow.Date, null),
        CallPeriod.Last7Days => (utcNow.Date.AddDays(-6), null),
        CallPeriod.Last30Days => (utcNow.Date.AddDays(-29), null),
        _ => (null, null),
    };
}

public enum CallPeriod
{
    Today,
    Last7Days,
    Last30Days,
    AllTime,
}
