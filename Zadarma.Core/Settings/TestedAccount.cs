namespace Zadarma.Core.Settings;

/// <summary>
/// The account fields of the Zadarma tab a connection test ran with. Its result describes those values only: once the
/// sandbox switch, the address, the key or the secret changes, the tab must not go on showing it.
/// </summary>
public sealed class TestedAccount
{
    private readonly bool _useSandbox;
    private readonly string _url;
    private readonly string? _key;
    private readonly string? _newSecret;
    private readonly string? _savedKeyHint;

    private TestedAccount(ZadarmaConnectionEdit edit)
    {
        _useSandbox = edit.UseSandbox;
        _url = Trimmed(edit.Url) ?? "";
        _key = Trimmed(edit.Key);
        _newSecret = Trimmed(edit.NewSecret);
        _savedKeyHint = edit.SavedKeyHint;
    }

    public static TestedAccount Of(ZadarmaConnectionEdit edit) => new(edit);

    /// <summary>True while <paramref name="edit"/> still describes the account that was tested.</summary>
    public bool Matches(ZadarmaConnectionEdit edit)
    {
        // With the sandbox on, the other fields are hidden and unused.
        if (_useSandbox || edit.UseSandbox)
            return _useSandbox == edit.UseSandbox;
        return _url == (Trimmed(edit.Url) ?? "") && _key == Trimmed(edit.Key) && _newSecret == Trimmed(edit.NewSecret)
            && _savedKeyHint == edit.SavedKeyHint;
    }

    private static string? Trimmed(string? text) => string.IsNullOrWhiteSpace(text) ? null : text.Trim().TrimEnd('/');

    // The typed secret is held to compare with; it must not come out in a log or a debugger's summary.
    public override string ToString() => _useSandbox ? "sandbox" : "account at " + _url;
}
