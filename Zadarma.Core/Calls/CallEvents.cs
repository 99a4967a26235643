namespace Zadarma.Core.Calls;

/// <summary>In-process announcements: raises <see cref="Changed"/> on the publishing thread.</summary>
public sealed class CallEvents : ICallEvents
{
    public event Action<CallChange>? Changed;

    public void CallChanged(CallChange change) => Changed?.Invoke(change);
}
