namespace Zadarma.Core.Accounts;

/// <summary>Reasons an account change is refused; the UI turns each into a sentence in the user's language.</summary>
public enum AccountError
{
    UserNameRequired,
    UserNameTaken,
    PasswordTooShort,
    PasswordTooSimple,
    SetupAlreadyDone,
    NotFound,
    LastAdmin,
    EmployeeLinkedElsewhere,
    UnknownTimeZone,
}

public sealed class AccountException(AccountError error) : Exception(error.ToString())
{
    public AccountError Error { get; } = error;
}
