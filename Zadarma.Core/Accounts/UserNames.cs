using System.Text;

namespace Zadarma.Core.Accounts;

/// <summary>
/// How user names compare: case-insensitively in every alphabet. SQLite folds only ASCII letters, so the folded form
/// is computed here and stored beside the name (<see cref="User.NormalizedUserName"/>), where an index can find it.
/// </summary>
public static class UserNames
{
    public static string Normalize(string? userName) =>
        (userName ?? "").Trim().Normalize(NormalizationForm.FormC).ToUpperInvariant();
}
