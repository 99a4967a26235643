namespace Zadarma.Core.Api;

/// <summary>
/// The account the client talks to, asked on every call so that a change in the settings applies at once.
/// </summary>
public interface IZadarmaAccount
{
    ValueTask<ZadarmaCredentials> GetCredentialsAsync(CancellationToken ct);
}
