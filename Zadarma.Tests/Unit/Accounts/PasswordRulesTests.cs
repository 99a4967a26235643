using Zadarma.Core.Accounts;

namespace Zadarma.Tests.Unit.Accounts;

public sealed class PasswordRulesTests
{
    [Theory]
    [InlineData(null, AccountError.PasswordTooShort)]
    [InlineData("", AccountError.PasswordTooShort)]
    [InlineData("abc1", AccountError.PasswordTooShort)]
    [InlineData("abcdefgh", AccountError.PasswordTooSimple)]
    [InlineData("12345678", AccountError.PasswordTooSimple)]
    public void Weak_passwords_are_refused(string? password, AccountError expected) =>
        Assert.Equal(expected, PasswordRules.Check(password));

    [Theory]
    [InlineData("correct horse 1")]
    [InlineData("Пароль-2026")]
    [InlineData("hasło!dobre")]
    public void Reasonable_passwords_pass(string password) => Assert.Null(PasswordRules.Check(password));
}
