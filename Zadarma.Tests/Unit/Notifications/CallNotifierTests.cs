using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Logging.Abstractions;
using Zadarma.Core.Calls;
using Zadarma.Core.Directory;
using Zadarma.Core.Notifications;
using Zadarma.Core.Pbx;
using Zadarma.Tests.Infrastructure;

namespace Zadarma.Tests.Unit.Notifications;

public sealed class CallNotifierTests : IAsyncLifetime
{
    private TestDatabase _db = default!;
    private readonly CallEvents _events = new();
    private CallNotifier _notifier = default!;
    private int _olga, _ivan;

    public async Task InitializeAsync()
    {
        _db = await TestDatabase.CreateAsync();
        _olga = await _db.Employees.SaveAsync(new EmployeeEdit { Name = "Olga" });
        _ivan = await _db.Employees.SaveAsync(new EmployeeEdit { Name = "Ivan" });
        await _db.Extensions.MergeAsync([new FetchedExtension("100", null), new FetchedExtension("101", null)]);
        await _db.Extensions.MapAsync("101", _ivan);
        _notifier = new CallNotifier(_events, new CallPopups(_db.Factory), NullLogger<CallNotifier>.Instance);
        await _notifier.StartAsync(CancellationToken.None);
    }

    public async Task DisposeAsync()
    {
        await _notifier.StopAsync(CancellationToken.None);
        _notifier.Dispose();
        await _db.DisposeAsync();
    }

    private async Task<int> AddCallAsync(List<int> managers, List<string> extensions) => (await _db.AddCallAsync(new Call
    {
        PbxCallId = "in_" + Guid.NewGuid().ToString("N"),
        Direction = CallDirection.Incoming,
        ClientNumber = "+79991234567",
        EmployeeIds = managers,
        Extensions = extensions,
    })).Id;

    [Fact]
    public async Task A_call_reaches_its_manager_and_the_employees_whose_extensions_rang_only()
    {
        var olga = new List<CallPopup>();
        var ivan = new List<CallPopup>();
        var nobody = new List<CallPopup>();
        using var a = _notifier.Subscribe(_olga, p => { lock (olga) olga.Add(p); return Task.CompletedTask; });
        using var b = _notifier.Subscribe(_ivan, p => { lock (ivan) ivan.Add(p); return Task.CompletedTask; });
        using var c = _notifier.Subscribe(999, p => { lock (nobody) nobody.Add(p); return Task.CompletedTask; });

        var managersOnly = await AddCallAsync([_olga], []);
        _events.CallChanged(new CallChange(managersOnly, "", [_olga]));
        var rangIvan = await AddCallAsync([_olga], ["101"]);
        _events.CallChanged(new CallChange(rangIvan, "", [_olga]));

        await Eventually.HoldsAsync(() => olga.Count == 2 && ivan.Count == 1, "the popups arrive");
        Assert.Equal([managersOnly, rangIvan], olga.Select(p => p.CallId));
        Assert.Equal(rangIvan, Assert.Single(ivan).CallId);
        Assert.Empty(nobody);
    }

    [Fact]
    public async Task After_a_client_is_linked_the_employees_who_had_the_popup_still_get_its_updates()
    {
        var anna = await _db.Employees.SaveAsync(new EmployeeEdit { Name = "Anna" });
        var annasClient = await _db.AddClientAsync("Acme owner", anna, "+79990000000");
        var olga = new List<CallPopup>();
        var annas = new List<CallPopup>();
        using var a = _notifier.Subscribe(_olga, p => { lock (olga) olga.Add(p); return Task.CompletedTask; });
        using var b = _notifier.Subscribe(anna, p => { lock (annas) annas.Add(p); return Task.CompletedTask; });
        var call = await AddCallAsync([_olga], []);

        // Olga picks the client in her popup; the call's later events must still reach her, and now Anna too.
        await new CallEdits(_db.Factory, new CallEvents(), NullLogger<CallEdits>.Instance).LinkClientAsync(call, annasClient);
        _events.CallChanged(new CallChange(call, "", []));

        await Eventually.HoldsAsync(() => olga.Count == 1 && annas.Count == 1, "both get the update");
        Assert.Equal("Acme owner", Assert.Single(Assert.Single(olga).Clients).Name);
    }

    [Fact]
    public async Task Every_subscription_ends_when_disposed()
    {
        var subscriptions = Enumerable.Range(0, 10_000)
            .Select(i => _notifier.Subscribe(i % 50, _ => Task.CompletedTask))
            .ToList();
        Assert.Equal(10_000, _notifier.SubscriptionCount);

        await Parallel.ForEachAsync(subscriptions, (s, _) => { s.Dispose(); return ValueTask.CompletedTask; });

        Assert.Equal(0, _notifier.SubscriptionCount);
    }

    [Fact]
    public async Task A_failing_tab_does_not_stop_the_others()
    {
        var delivered = 0;
        using var broken = _notifier.Subscribe(_olga, _ => throw new InvalidOperationException("circuit gone"));
        using var working = _notifier.Subscribe(_olga, _ => { Interlocked.Increment(ref delivered); return Task.CompletedTask; });

        var call = await AddCallAsync([_olga], []);
        _events.CallChanged(new CallChange(call, "", [_olga]));

        await Eventually.HoldsAsync(() => Volatile.Read(ref delivered) == 1, "the working tab gets the popup");
    }
}
