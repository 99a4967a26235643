namespace Zadarma.Tests.Infrastructure;

/// <summary>The system's clock, moved ahead by as much as a test says: time runs on, as timers and quotas expect.</summary>
public sealed class SkewedClock : TimeProvider
{
    public TimeSpan Ahead { get; set; }

    public override DateTimeOffset GetUtcNow() => System.GetUtcNow() + Ahead;
}
