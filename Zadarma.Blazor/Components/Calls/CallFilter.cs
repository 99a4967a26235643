using Zadarma.Core.Calls;

namespace Zadarma.Blazor.Components.Calls;

/// <summary>What the filter bar above the journal holds.</summary>
public sealed class CallFilter
{
    public CallPeriod Period { get; set; } = CallPeriod.Last30Days;

    /// <summary>First and last day of a <see cref="CallPeriod.Custom"/> period, both included, as dates in the PBX's time zone.</summary>
    public DateTime? FromDate { get; set; }
    public DateTime? ToDate { get; set; }

    public CallDirection? Direction { get; set; }
    public CallResultChoice Result { get; set; } = CallResultChoice.All;
    public int? EmployeeId { get; set; }
    public int? ClientId { get; set; }
    public string? Number { get; set; }

    /// <summary>The period in UTC. Days are the PBX's days: "today" for a UTC+3 account starts at 21:00 UTC.</summary>
    public (DateTime? From, DateTime? To) Range(DateTime utcNow, int pbxUtcOffsetMinutes)
    {
        var offset = TimeSpan.FromMinutes(pbxUtcOffsetMinutes);
        var today = (utcNow + offset).Date;
        DateTime? Utc(DateTime? localDay) => localDay is { } day ? DateTime.SpecifyKind(day.Date - offset, DateTimeKind.Utc) : null;
        return Period switch
        {
            CallPeriod.Today => (Utc(today), null),
            CallPeriod.Last7Days => (Utc(today.AddDays(-6)), null),
            CallPeriod.Last30Days => (Utc(today.AddDays(-29)), null),
            CallPeriod.Custom => (Utc(FromDate), Utc(ToDate?.AddDays(1))),
            _ => (null, null),
        };
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

/// <summary>One entry of the Result list: all calls, answered or missed ones, or one way a call can end.</summary>
public sealed record CallResultChoice(CallOutcome Outcome, CallDisposition? Disposition)
{
    public static readonly CallResultChoice All = new(CallOutcome.All, null);

    public static IReadOnlyList<CallResultChoice> Choices { get; } =
    [
        All,
        new(CallOutcome.Answered, null),
        new(CallOutcome.Missed, null),
        .. Enum.GetValues<CallDisposition>()
            .Where(d => d is not (CallDisposition.None or CallDisposition.Answered))
            .Select(d => new CallResultChoice(CallOutcome.All, d)),
    ];

    public string LabelKey => Disposition is { } d ? $"Calls.Disposition.{d}" : $"Calls.Outcome.{Outcome}";
}
