namespace Zadarma.Core.Accounts;

/// <summary>A person who signs in to the app.</summary>
public sealed class User
{
    public int Id { get; set; }
    public required string UserName { get; set; }

    /// <summary><see cref="UserName"/> as <see cref="UserNames.Normalize"/> folds it: what sign-in and uniqueness compare.</summary>
    public string NormalizedUserName { get; set; } = "";
    public string PasswordHash { get; set; } = "";
    public Role Role { get; set; }
    public bool IsActive { get; set; } = true;
    public int FailedSignIns { get; set; }
    public DateTime? LockedUntilUtc { get; set; }

    /// <summary>UI language chosen by the user ("en", "ru", "pl"); null follows the browser.</summary>
    public string? Language { get; set; }

    /// <summary>IANA time zone every time is shown in; null follows the browser's.</summary>
    public string? TimeZone { get; set; }

    public ThemeChoice Theme { get; set; }

    public DateTime CreatedUtc { get; set; }
}
