using Zadarma.Core.Notifications;

namespace Zadarma.Blazor.Components.Telephony;

/// <summary>The popups open in one browser tab (one circuit): newest first, the ones the agent closed stay closed.</summary>
public sealed class OpenCallPopups
{
    private readonly List<CallPopup> _open = [];
    private readonly HashSet<int> _closed = [];

    public event Action? Changed;

    public IReadOnlyList<CallPopup> Open => _open;

    public void Show(CallPopup popup)
    {
        if (_closed.Contains(popup.CallId))
            return;
        var index = _open.FindIndex(p => p.CallId == popup.CallId);
        if (index >= 0)
            _open[index] = popup;
        else
            _open.Insert(0, popup);
        Changed?.Invoke();
    }

    public void Close(int callId)
    {
        _closed.Add(callId);
        if (_open.RemoveAll(p => p.CallId == callId) > 0)
            Changed?.Invoke();
    }
}
