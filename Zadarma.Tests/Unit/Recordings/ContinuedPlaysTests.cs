using Zadarma.Core.Accounts;
using Zadarma.Core.Recordings;
using static Zadarma.Tests.Unit.Recordings.RecordingFixture;

namespace Zadarma.Tests.Unit.Recordings;

/// <summary>The token of a replay after a renewed link: only for that listener, call and recording, and only briefly.</summary>
public sealed class ContinuedPlaysTests
{
    [Fact]
    public void A_token_continues_only_the_play_it_was_issued_for_and_only_for_two_minutes()
    {
        var clock = NewClock();
        var plays = new ContinuedPlays(clock);
        var token = plays.Issue(Supervisor, 7, RecordingId);

        Assert.True(plays.Continues(token, Supervisor, 7, RecordingId));
        Assert.False(plays.Continues(token, new RecordingListener(2, "olga", Role.Supervisor), 7, RecordingId));
        Assert.False(plays.Continues(token, Supervisor, 8, RecordingId));
        Assert.False(plays.Continues(token, Supervisor, 7, "other"));
        Assert.False(plays.Continues(token[..^1] + (token[^1] == '0' ? '1' : '0'), Supervisor, 7, RecordingId));
        Assert.False(plays.Continues("1", Supervisor, 7, RecordingId));
        Assert.False(plays.Continues(null, Supervisor, 7, RecordingId));
        Assert.False(new ContinuedPlays(clock).Continues(token, Supervisor, 7, RecordingId));

        clock.Advance(TimeSpan.FromSeconds(119));
        Assert.True(plays.Continues(token, Supervisor, 7, RecordingId));
        clock.Advance(TimeSpan.FromSeconds(1));
        Assert.False(plays.Continues(token, Supervisor, 7, RecordingId));
    }
}
