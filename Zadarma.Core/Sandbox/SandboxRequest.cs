namespace Zadarma.Core.Sandbox;

/// <summary>An API request as the sandbox sees it: parameters already decoded (query for GET, form for POST).</summary>
/// <param name="Path">Zadarma's method path, e.g. <c>/v1/info/balance/</c>, without the sandbox prefix.</param>
/// <param name="AppBase">Where the app was reached (scheme, host, path base), to build absolute links.</param>
public sealed record SandboxRequest(
    string Method,
    string Path,
    IReadOnlyList<KeyValuePair<string, string?>> Parameters,
    string? Authorization,
    Uri AppBase)
{
    public string? this[string name] => Parameters.FirstOrDefault(p => p.Key == name).Value;

    // Records print every member; the Authorization header carries a signature.
    private bool PrintMembers(System.Text.StringBuilder builder)
    {
        builder.Append("Method = ").Append(Method).Append(", Path = ").Append(Path);
        return true;
    }
}
