using System.Security.Cryptography;
using System.Text;

namespace Zadarma.Core.Api;

/// <summary>Signs a REST request the way api.zadarma.com verifies it (API.md section 1).</summary>
public static class ZadarmaRequestSigner
{
    public static SignedRequest Sign(string path, IEnumerable<KeyValuePair<string, string?>> parameters, string secret)
    {
        if (!path.StartsWith("/v1/", StringComparison.Ordinal) || !path.EndsWith('/'))
            throw new ArgumentException($"Zadarma signs the exact method path, like /v1/info/balance/; got '{path}'.", nameof(path));
        var query = ZadarmaQuery.Build(parameters);
        var md5 = Convert.ToHexStringLower(MD5.HashData(Encoding.UTF8.GetBytes(query)));
        return new SignedRequest(path, query, md5, ZadarmaHmac.Sign(secret, path + query + md5));
    }
}
