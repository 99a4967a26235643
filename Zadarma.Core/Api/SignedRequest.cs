namespace Zadarma.Core.Api;

/// <summary>A request as Zadarma checks it: the exact string sent, its MD5 and the signature over both.</summary>
public sealed record SignedRequest(string Path, string Query, string Md5, string Signature)
{
    /// <summary>What the HMAC covers: path with <c>/v1</c> and trailing slash, then the query, then its MD5.</summary>
    public string Data => Path + Query + Md5;

    // Records print every member; a signature must never reach a log.
    private bool PrintMembers(System.Text.StringBuilder builder)
    {
        builder.Append("Path = ").Append(Path);
        return true;
    }
}
