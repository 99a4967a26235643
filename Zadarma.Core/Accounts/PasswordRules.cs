namespace Zadarma.Core.Accounts;

/// <summary>What makes a password acceptable and how repeated failures lock an account.</summary>
public static class PasswordRules
{
    public const int MinimumLength = 8;
    public const int MaxFailedSignIns = 5;
    public static readonly TimeSpan LockoutDuration = TimeSpan.FromMinutes(15);

    /// <summary>Returns the reason a password is refused, or null when it is acceptable.</summary>
    public static AccountError? Check(string? password)
    {
        if (string.IsNullOrEmpty(password) || password.Length < MinimumLength)
            return AccountError.PasswordTooShort;
        if (!password.Any(char.IsLetter) || !password.Any(c => !char.IsLetter(c)))
            return AccountError.PasswordTooSimple;
        return null;
    }
}
