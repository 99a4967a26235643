using System.Globalization;
using System.Security.Cryptography;
using System.Text;

namespace Zadarma.Core.Recordings;

/// <summary>
/// The replay that follows a renewed link is the same play: the player's new source carries a token that only the
/// server can make, so the replay is not audited again, and nobody skips the audit by editing an address.
/// </summary>
public sealed class ContinuedPlays(TimeProvider clock)
{
    /// <summary>Long enough for the replay to start; playing from the start later is a new play, audited again.</summary>
    private static readonly TimeSpan Lifetime = TimeSpan.FromMinutes(2);

    // Per process: a restart only means that a replay under way is audited once more.
    private readonly byte[] _key = RandomNumberGenerator.GetBytes(32);

    public string Issue(RecordingListener listener, int callId, string recordingId)
    {
        var until = clock.GetUtcNow().Add(Lifetime).ToUnixTimeSeconds();
        return until.ToString(CultureInfo.InvariantCulture) + "." + Sign(listener.UserId, callId, recordingId, until);
    }

    public bool Continues(string? token, RecordingListener listener, int callId, string recordingId) =>
        token?.Split('.') is [var untilText, var signature]
        && long.TryParse(untilText, NumberStyles.None, CultureInfo.InvariantCulture, out var until)
        && until > clock.GetUtcNow().ToUnixTimeSeconds()
        && CryptographicOperations.FixedTimeEquals(Encoding.ASCII.GetBytes(signature), Encoding.ASCII.GetBytes(Sign(listener.UserId, callId, recordingId, until)));

    private string Sign(int userId, int callId, string recordingId, long until) =>
        Convert.ToHexStringLower(HMACSHA256.HashData(_key, Encoding.UTF8.GetBytes(
            string.Create(CultureInfo.InvariantCulture, $"{userId}\n{callId}\n{recordingId}\n{until}"))));
}
