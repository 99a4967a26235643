using System.Text;

namespace Zadarma.Core.Api;

/// <summary>Where the API lives and the key pair from the Zadarma cabinet. <see cref="BaseUrl"/> may carry a path prefix.</summary>
public sealed record ZadarmaCredentials(Uri BaseUrl, string Key, string Secret)
{
    // Records print every member; the secret must never reach a log.
    private bool PrintMembers(StringBuilder builder)
    {
        builder.Append("BaseUrl = ").Append(BaseUrl).Append(", Key = ").Append(Key);
        return true;
    }
}
