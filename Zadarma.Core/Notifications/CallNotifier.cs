using System.Threading.Channels;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Zadarma.Core.Calls;

namespace Zadarma.Core.Notifications;

/// <summary>
/// Pushes call popups to the employees a call concerns. Each open browser tab subscribes for its user's
/// employee and unsubscribes when its circuit ends. The journal announces changes on its writer thread,
/// so they are queued here and turned into popups off that thread. Beyond one node, the journal's
/// announcements would arrive through a cross-node bus; the dispatch to this node's circuits stays the same.
/// </summary>
public sealed class CallNotifier : BackgroundService
{
    private readonly Lock _lock = new();
    private readonly Dictionary<int, HashSet<Subscription>> _subscriptions = [];
    private readonly Channel<CallChange> _changes = Channel.CreateUnbounded<CallChange>(new UnboundedChannelOptions { SingleReader = true });
    private readonly ICallEvents _events;
    private readonly CallPopups _popups;
    private readonly ILogger<CallNotifier> _logger;

    public CallNotifier(ICallEvents events, CallPopups popups, ILogger<CallNotifier> logger)
    {
        (_events, _popups, _logger) = (events, popups, logger);
        _events.Changed += Enqueue;
    }

    /// <summary>Live subscriptions, for health checks and tests: it must fall back to zero as circuits close.</summary>
    public int SubscriptionCount
    {
        get
        {
            lock (_lock)
                return _subscriptions.Values.Sum(s => s.Count);
        }
    }

    public IDisposable Subscribe(int employeeId, Func<CallPopup, Task> onPopup)
    {
        var subscription = new Subscription(this, employeeId, onPopup);
        lock (_lock)
        {
            if (!_subscriptions.TryGetValue(employeeId, out var set))
                _subscriptions[employeeId] = set = [];
            set.Add(subscription);
        }
        return subscription;
    }

    /// <summary>Sends a call's popup again, e.g. after a note was saved or a client linked.</summary>
    public void Refresh(int callId) => Enqueue(new CallChange(callId, "", []));

    private void Enqueue(CallChange change) => _changes.Writer.TryWrite(change);

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        await foreach (var change in _changes.Reader.ReadAllAsync(stoppingToken))
        {
            try
            {
                await DispatchAsync(change, stoppingToken);
            }
            catch (Exception e) when (e is not OperationCanceledException)
            {
                _logger.LogError(e, "Popup for call {CallId} not delivered", change.CallId);
            }
        }
    }

    private async Task DispatchAsync(CallChange change, CancellationToken ct)
    {
        Subscription[] targets;
        lock (_lock)
        {
            if (_subscriptions.Count == 0)
                return;
        }
        if (await _popups.BuildAsync(change.CallId, ct) is not { } built)
            return;
        lock (_lock)
        {
            targets = built.EmployeeIds
                .SelectMany(id => _subscriptions.TryGetValue(id, out var set) ? set : [])
                .ToArray();
        }
        // Circuits render independently: one slow or broken tab must not hold up the others.
        await Task.WhenAll(targets.Select(t => DeliverAsync(t, built.Popup)));
    }

    private async Task DeliverAsync(Subscription target, CallPopup popup)
    {
        try
        {
            await target.OnPopup(popup);
        }
        catch (Exception e)
        {
            _logger.LogWarning(e, "A circuit of employee {EmployeeId} failed to show call {CallId}", target.EmployeeId, popup.CallId);
        }
    }

    private void Unsubscribe(Subscription subscription)
    {
        lock (_lock)
        {
            if (_subscriptions.TryGetValue(subscription.EmployeeId, out var set) && set.Remove(subscription) && set.Count == 0)
                _subscriptions.Remove(subscription.EmployeeId);
        }
    }

    public override void Dispose()
    {
        _events.Changed -= Enqueue;
        base.Dispose();
    }

    private sealed class Subscription(CallNotifier owner, int employeeId, Func<CallPopup, Task> onPopup) : IDisposable
    {
        public int EmployeeId { get; } = employeeId;
        public Func<CallPopup, Task> OnPopup { get; } = onPopup;

        public void Dispose() => owner.Unsubscribe(this);
    }
}
