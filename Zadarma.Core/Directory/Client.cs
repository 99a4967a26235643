namespace Zadarma.Core.Directory;

/// <summary>A contact in the built-in CRM: who calls, and who in the company looks after them.</summary>
public sealed class Client
{
    public int Id { get; set; }
    public required string Name { get; set; }
    public string? Company { get; set; }
    public string? Notes { get; set; }
    public int? ResponsibleEmployeeId { get; set; }
    public Employee? ResponsibleEmployee { get; set; }
    public List<ClientPhone> Phones { get; set; } = [];

    /// <summary>Name and company folded (<see cref="Directory.SearchText.Fold"/>): SQLite folds ASCII only, and clients are named in Cyrillic and Polish too.</summary>
    public string SearchText { get; set; } = "";

    public DateTime CreatedUtc { get; set; }

    public static string ToSearchText(string name, string? company) => Directory.SearchText.Fold($"{name} {company}");
}
