using System.Security.Cryptography;
using System.Text;
using Zadarma.Core.Api;

namespace Zadarma.Core.Sandbox;

/// <summary>
/// Checks <c>Authorization: key:signature</c> as Zadarma does: the received parameters are sorted and re-encoded
/// before signing, never taken as they arrived, because the official PHP SDK sends them unsorted.
/// </summary>
public static class SandboxSignatureCheck
{
    public static bool IsValid(SandboxRequest request, string key, string secret)
    {
        var authorization = request.Authorization ?? "";
        var colon = authorization.IndexOf(':');
        if (colon <= 0)
            return false;
        var receivedKey = Encoding.UTF8.GetBytes(authorization[..colon]);
        if (!CryptographicOperations.FixedTimeEquals(receivedKey, Encoding.UTF8.GetBytes(key)))
            return false;
        var expected = ZadarmaRequestSigner.Sign(request.Path, request.Parameters, secret);
        return ZadarmaHmac.Matches(secret, expected.Data, authorization[(colon + 1)..]);
    }
}
