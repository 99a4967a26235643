using Zadarma.Core.Accounts;

namespace Zadarma.Core.Directory;

/// <summary>A person in the company who can take calls and be a client's responsible manager.</summary>
public sealed class Employee
{
    public int Id { get; set; }
    public required string Name { get; set; }
    public int? UserId { get; set; }
    public User? User { get; set; }
    public bool IsActive { get; set; } = true;

    /// <summary>The name folded (<see cref="Directory.SearchText.Fold"/>): SQLite folds ASCII only, and employees are named in Cyrillic and Polish too.</summary>
    public string SearchText { get; set; } = "";

    public static string ToSearchText(string name) => Directory.SearchText.Fold(name);
}
