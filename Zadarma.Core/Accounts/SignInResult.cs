namespace Zadarma.Core.Accounts;

public enum SignInOutcome
{
    Succeeded,
    InvalidCredentials,
    LockedOut,
    Inactive,
}

public sealed record SignInResult(SignInOutcome Outcome, User? User = null, DateTime? LockedUntilUtc = null)
{
    public bool Succeeded => Outcome == SignInOutcome.Succeeded;
}
