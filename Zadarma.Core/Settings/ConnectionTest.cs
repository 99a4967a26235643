using Microsoft.Extensions.Logging;
using Zadarma.Core.Api;

namespace Zadarma.Core.Settings;

/// <summary>
/// "Test connection": asks Zadarma for the balance with the values in the tab, saving nothing, so that a wrong key
/// never goes live. A blank time zone is filled from the account while at it.
/// </summary>
public sealed class ConnectionTest(ZadarmaConnection connection, ZadarmaClient zadarma, ILogger<ConnectionTest> logger)
{
    /// <exception cref="ZadarmaException">Zadarma refused the values or could not be reached.</exception>
    public async Task<ConnectionTestResult> RunAsync(ZadarmaConnectionEdit edit, CancellationToken ct = default)
    {
        var (credentials, errors) = await connection.CredentialsOfAsync(edit, ct);
        if (credentials is null)
            return new ConnectionTestResult(null, errors);

        var account = zadarma.For(credentials);
        var balance = await account.GetBalanceAsync(ct);
        if (string.IsNullOrWhiteSpace(edit.PbxTimeZone) && await account.ReadOffsetMinutesAsync(logger, ct) is { } minutes)
            edit.PbxTimeZone = PbxTimeZone.Format(minutes);
        return new ConnectionTestResult(balance, []);
    }
}

/// <summary>The balance when Zadarma accepted the values; the fields to correct when they could not be tried.</summary>
public sealed record ConnectionTestResult(Balance? Balance, IReadOnlyList<ZadarmaConnectionError> Errors);
