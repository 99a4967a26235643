using Zadarma.Core.Notifications;

namespace Zadarma.Blazor.Components.Telephony;

/// <summary>
/// The popups open in one browser tab (one circuit): newest first, each shown whole or minimised to a bar, and the ones
/// the agent closed stay closed. Every call the tab hears of is announced too, closed or not, for what follows a call.
/// </summary>
public sealed class OpenCallPopups
{
    /// <summary>
    /// The most popups a tab keeps open. Popups of ended calls close themselves, but only once rendered: a tab whose
    /// browser went away keeps its circuit (for a reconnect) with rendering paused, and would otherwise pile up every
    /// call of its agent until the circuit ends. A person reads a handful at once; past this the oldest go, ended first.
    /// </summary>
    public const int MaxOpen = 8;

    private readonly List<CallPopup> _open = [];
    private readonly HashSet<int> _closed = [];
    private readonly HashSet<int> _minimised = [];
    // Every call heard of, with its place in the order they first came.
    private readonly Dictionary<int, int> _heard = [];

    /// <summary>The open popups changed: one came, went, changed or was minimised or restored.</summary>
    public event Action? Changed;

    /// <summary>News of a call, whether or not its popup is open.</summary>
    public event Action<CallPopup>? Received;

    public IReadOnlyList<CallPopup> Open => _open;

    /// <summary>How many calls the tab has heard of so far: a mark to tell later calls from earlier ones.</summary>
    public int HeardCount => _heard.Count;

    /// <summary>True when the call was first heard of once <paramref name="mark"/> calls had been.</summary>
    public bool FirstHeardAfter(int callId, int mark) => _heard.TryGetValue(callId, out var place) && place >= mark;

    public bool IsMinimised(int callId) => _minimised.Contains(callId);

    public void Show(CallPopup popup)
    {
        _heard.TryAdd(popup.CallId, _heard.Count);
        Received?.Invoke(popup);
        if (_closed.Contains(popup.CallId))
            return;
        var index = _open.FindIndex(p => p.CallId == popup.CallId);
        if (index >= 0)
            _open[index] = popup;
        else
        {
            _open.Insert(0, popup);
            while (_open.Count > MaxOpen)
                Drop();
        }
        Changed?.Invoke();
    }

    // The oldest ended call's popup, else the oldest; it stays closed, as if the agent had closed it.
    private void Drop()
    {
        var ended = _open.FindLastIndex(p => p.State == CallPopupState.Ended);
        var index = ended >= 0 ? ended : _open.Count - 1;
        _closed.Add(_open[index].CallId);
        _minimised.Remove(_open[index].CallId);
        _open.RemoveAt(index);
    }

    public void Minimise(int callId) => Toggle(callId, minimised: true);

    public void Restore(int callId) => Toggle(callId, minimised: false);

    private void Toggle(int callId, bool minimised)
    {
        if (_open.Exists(p => p.CallId == callId) && (minimised ? _minimised.Add(callId) : _minimised.Remove(callId)))
            Changed?.Invoke();
    }

    public void Close(int callId)
    {
        _closed.Add(callId);
        _minimised.Remove(callId);
        if (_open.RemoveAll(p => p.CallId == callId) > 0)
            Changed?.Invoke();
    }
}
