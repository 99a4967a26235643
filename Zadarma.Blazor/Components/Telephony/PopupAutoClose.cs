namespace Zadarma.Blazor.Components.Telephony;

/// <summary>
/// Closes an ended call's popup once it has lingered, and waits longer while the agent is holding it (writing a note).
/// Disposing stops it at any point without an exception, since nobody awaits it but the tests.
/// </summary>
public sealed class PopupAutoClose(TimeSpan linger, Func<bool> isHeld, Func<Task> close) : IDisposable
{
    // Task.Delay(0) completes at once: a zero linger would spin while the agent holds the popup.
    private readonly TimeSpan _linger = linger < TimeSpan.FromMilliseconds(1) ? TimeSpan.FromMilliseconds(1) : linger;
    private readonly CancellationTokenSource _stop = new();
    private Task _running = Task.CompletedTask;
    private bool _started;
    private bool _disposed;

    /// <summary>Completes when the popup was closed or the countdown stopped.</summary>
    public Task Running => _running;

    public void Start()
    {
        if (_started || _disposed)
            return;
        _started = true;
        // The token is taken now, while the source is alive: reading it after Dispose would throw.
        _running = RunAsync(_stop.Token);
    }

    private async Task RunAsync(CancellationToken stopped)
    {
        try
        {
            do
            {
                await Task.Delay(_linger, stopped);
            }
            while (isHeld());
            stopped.ThrowIfCancellationRequested();
            await close();
        }
        catch (OperationCanceledException)
        {
            // Closed by hand, or the circuit ended first.
        }
    }

    public void Dispose()
    {
        if (_disposed)
            return;
        _disposed = true;
        _stop.Cancel();
        _stop.Dispose();
    }
}
