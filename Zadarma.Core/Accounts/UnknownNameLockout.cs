namespace Zadarma.Core.Accounts;

/// <summary>
/// Failed sign-ins under names no account has, counted and locked out exactly as an account's own are, so that the
/// answers to a guesser are the same whether the name exists or not. Kept in memory, for a bounded number of names:
/// a guesser spraying names pushes out the oldest.
/// </summary>
internal sealed class UnknownNameLockout(int capacity = UnknownNameLockout.DefaultCapacity)
{
    public const int DefaultCapacity = 10_000;

    private readonly Lock _gate = new();
    private readonly Dictionary<string, Attempts> _byName = new(StringComparer.Ordinal);

    /// <summary>When the name is locked out now, until when; otherwise null.</summary>
    public DateTime? LockedUntil(string normalizedName, DateTime nowUtc)
    {
        lock (_gate)
            return _byName.TryGetValue(normalizedName, out var attempts) && attempts.LockedUntilUtc > nowUtc ? attempts.LockedUntilUtc : null;
    }

    /// <summary>Counts one more failure; returns the end of the lockout it starts, if it starts one.</summary>
    public DateTime? Fail(string normalizedName, DateTime nowUtc)
    {
        lock (_gate)
        {
            if (!_byName.TryGetValue(normalizedName, out var attempts))
            {
                if (_byName.Count >= capacity)
                    _byName.Remove(_byName.MinBy(a => a.Value.LastFailureUtc).Key);
                attempts = new Attempts();
                _byName[normalizedName] = attempts;
            }
            attempts.LastFailureUtc = nowUtc;
            attempts.Failures++;
            if (attempts.Failures < PasswordRules.MaxFailedSignIns)
                return null;
            attempts.Failures = 0;
            attempts.LockedUntilUtc = nowUtc + PasswordRules.LockoutDuration;
            return attempts.LockedUntilUtc;
        }
    }

    private sealed class Attempts
    {
        public int Failures { get; set; }
        public DateTime? LockedUntilUtc { get; set; }
        public DateTime LastFailureUtc { get; set; }
    }
}
