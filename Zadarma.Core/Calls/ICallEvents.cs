namespace Zadarma.Core.Calls;

/// <summary>
/// Where the journal announces changed calls, after they are committed. The popup subscribes here;
/// beyond one node, an implementation forwards to a cross-node bus.
/// </summary>
public interface ICallEvents
{
    event Action<CallChange>? Changed;

    void CallChanged(CallChange change);
}
