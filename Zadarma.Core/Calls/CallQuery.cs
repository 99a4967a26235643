namespace Zadarma.Core.Calls;

/// <summary>Which calls the journal grid asks for, and in what order.</summary>
public sealed record CallQuery
{
    public int Skip { get; init; }
    public int Take { get; init; } = 20;
    public string? SortBy { get; init; }
    public bool Descending { get; init; } = true;
    public DateTime? FromUtc { get; init; }
    public DateTime? ToUtc { get; init; }
    public CallDirection? Direction { get; init; }
    public CallOutcome Outcome { get; init; }
    public int? EmployeeId { get; init; }
    public int? ClientId { get; init; }

    /// <summary>A number in any format, or its last digits.</summary>
    public string? Number { get; init; }

    /// <summary>Text in the client's name or company, in the note, or the number: what a person types into one search box.</summary>
    public string? Search { get; init; }
}
