using System.Security.Cryptography;
using System.Text;

namespace Zadarma.Core.Api;

/// <summary>
/// Zadarma's signature wrapping, shared by REST requests and webhooks: Base64 of the ASCII of the
/// lowercase hex of HMAC-SHA1(secret, data). Base64 of the raw 20-byte digest is a different (wrong) value.
/// </summary>
public static class ZadarmaHmac
{
    public static string Sign(string secret, string data)
    {
        var digest = HMACSHA1.HashData(Encoding.UTF8.GetBytes(secret), Encoding.UTF8.GetBytes(data));
        var hex = Convert.ToHexStringLower(digest);
        return Convert.ToBase64String(Encoding.ASCII.GetBytes(hex));
    }

    /// <summary>Constant-time comparison of a received signature with the expected one.</summary>
    public static bool Matches(string secret, string data, string? received)
    {
        if (string.IsNullOrEmpty(received))
            return false;
        var expected = Encoding.ASCII.GetBytes(Sign(secret, data));
        var actual = Encoding.ASCII.GetBytes(received.Trim());
        return CryptographicOperations.FixedTimeEquals(expected, actual);
    }
}
