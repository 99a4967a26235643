using Zadarma.Core.Api;

namespace Zadarma.Tests.Unit.Api;

/// <summary>An account whose credentials the test chooses and may change between calls.</summary>
public sealed class FixedAccount(ZadarmaCredentials credentials) : IZadarmaAccount
{
    public ZadarmaCredentials Credentials { get; set; } = credentials;

    public ValueTask<ZadarmaCredentials> GetCredentialsAsync(CancellationToken ct) => ValueTask.FromResult(Credentials);
}
