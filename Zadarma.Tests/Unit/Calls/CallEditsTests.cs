using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Logging.Abstractions;
using Zadarma.Core.Calls;
using Zadarma.Core.Directory;
using Zadarma.Tests.Infrastructure;

namespace Zadarma.Tests.Unit.Calls;

public sealed class CallEditsTests : IAsyncLifetime
{
    private TestDatabase _db = default!;
    private CallEdits _edits = default!;
    private readonly CallEvents _events = new();
    private int _olga, _ivan, _anna;

    public async Task InitializeAsync()
    {
        _db = await TestDatabase.CreateAsync();
        _edits = new CallEdits(_db.Factory, _events, NullLogger<CallEdits>.Instance);
        _olga = await _db.Employees.SaveAsync(new EmployeeEdit { Name = "Olga" });
        _ivan = await _db.Employees.SaveAsync(new EmployeeEdit { Name = "Ivan" });
        _anna = await _db.Employees.SaveAsync(new EmployeeEdit { Name = "Anna" });
    }

    public async Task DisposeAsync() => await _db.DisposeAsync();

    private async Task<Call> CallAsync(int callId)
    {
        await using var db = await _db.Factory.CreateDbContextAsync();
        return await db.Calls.AsNoTracking().SingleAsync(c => c.Id == callId);
    }

    [Fact]
    public async Task Linking_a_client_keeps_everyone_who_had_the_popup_and_adds_the_clients_manager()
    {
        // Two clients share the number, so both managers got the popup at NOTIFY_START.
        var olgasClient = await _db.AddClientAsync("Acme accounting", _olga, "+79991234567");
        var ivansClient = await _db.AddClientAsync("Acme sales", _ivan, "+79991234567");
        var annasClient = await _db.AddClientAsync("Acme owner", _anna, "+79990000000");
        int callId;
        await using (var db = await _db.Factory.CreateDbContextAsync())
        {
            var call = new Call { PbxCallId = "in_1", ClientNumber = "+79991234567", ClientIds = [olgasClient, ivansClient], EmployeeIds = [_olga, _ivan] };
            db.Calls.Add(call);
            await db.SaveChangesAsync();
            callId = call.Id;
        }

        await _edits.LinkClientAsync(callId, annasClient);

        var linked = await CallAsync(callId);
        Assert.Equal([annasClient], linked.ClientIds);
        Assert.Equal(_anna, linked.ResponsibleEmployeeId);
        Assert.Equal([_olga, _ivan, _anna], linked.EmployeeIds);

        // Linking again, to a client whose manager is already there, adds nobody twice.
        await _edits.LinkClientAsync(callId, olgasClient);
        linked = await CallAsync(callId);
        Assert.Equal(_olga, linked.ResponsibleEmployeeId);
        Assert.Equal([_olga, _ivan, _anna], linked.EmployeeIds);
    }

    [Fact]
    public async Task A_linked_call_names_its_clients_manager_alone_in_the_journal()
    {
        var olgasClient = await _db.AddClientAsync("Acme accounting", _olga, "+79991234567");
        var ivansClient = await _db.AddClientAsync("Acme sales", _ivan, "+79991234567");
        var annasClient = await _db.AddClientAsync("Acme owner", _anna, "+79990000000");
        await using (var db = await _db.Factory.CreateDbContextAsync())
        {
            db.Calls.Add(new Call
            {
                PbxCallId = "in_1", ClientNumber = "+79991234567", StartUtc = DateTime.UtcNow,
                ClientIds = [olgasClient, ivansClient], ResponsibleEmployeeId = _olga, EmployeeIds = [_olga, _ivan],
            });
            await db.SaveChangesAsync();
        }
        var journal = new CallList(_db.Factory, _db.Settings);
        async Task<IEnumerable<string>> ManagersAsync() => (await journal.ListAsync(new CallQuery())).Items.Single().Managers.Select(m => m.Name);

        // Two clients matched: either manager may be the one to call back.
        Assert.Equal(["Olga", "Ivan"], await ManagersAsync());

        var callId = (await journal.ListAsync(new CallQuery())).Items.Single().Id;
        await _edits.LinkClientAsync(callId, annasClient);
        Assert.Equal(["Anna"], await ManagersAsync());
    }

    [Fact]
    public async Task Saving_a_note_or_linking_a_client_announces_the_change_so_open_lists_show_it()
    {
        var client = await _db.AddClientAsync("Acme owner", _anna, "+79990000000");
        var call = await _db.AddCallAsync(new Call { PbxCallId = "in_7", ClientNumber = "+79990000000", EmployeeIds = [_olga] });
        var announced = new List<CallChange>();
        _events.Changed += announced.Add;

        await _edits.SaveNoteAsync(call.Id, "  Wants a quote by Friday  ");
        await _edits.LinkClientAsync(call.Id, client);

        Assert.Equal("Wants a quote by Friday", (await CallAsync(call.Id)).Note);
        Assert.Equal([(call.Id, "in_7"), (call.Id, "in_7")], announced.Select(c => (c.CallId, c.PbxCallId)));
        Assert.Equal([_olga, _anna], announced[1].EmployeeIds);
    }

    [Fact]
    public async Task A_listener_that_fails_does_not_undo_the_saved_note()
    {
        var call = await _db.AddCallAsync(new Call { PbxCallId = "in_8" });
        _events.Changed += _ => throw new InvalidOperationException("a broken listener");

        await _edits.SaveNoteAsync(call.Id, "Call back after lunch");

        Assert.Equal("Call back after lunch", (await CallAsync(call.Id)).Note);
    }

    [Fact]
    public async Task A_call_is_found_only_within_the_calls_its_viewer_may_see()
    {
        var client = await _db.AddClientAsync("Acme owner", _anna, "+79990000000");
        var call = await _db.AddCallAsync(new Call
        {
            PbxCallId = "in_9", ClientNumber = "+79990000000", StartUtc = DateTime.UtcNow, ClientIds = [client],
            ResponsibleEmployeeId = _anna, EmployeeIds = [_anna], Note = "VIP",
        });
        var journal = new CallList(_db.Factory, _db.Settings);

        var row = await journal.FindAsync(call.Id, new CallQuery());
        Assert.NotNull(row);
        Assert.Equal("VIP", row.Note);
        // The client with the employee responsible for them, for the call page.
        Assert.Equal(new CallClient(client, "Acme owner", new CallParty(_anna, "Anna")), Assert.Single(row.Clients));
        Assert.NotNull(await journal.FindAsync(call.Id, new CallQuery { EmployeeId = _anna, ClientId = client }));
        Assert.Null(await journal.FindAsync(call.Id, new CallQuery { EmployeeId = _olga }));
        Assert.Null(await journal.FindAsync(call.Id, new CallQuery { Outcome = CallOutcome.Missed }));
        Assert.Equal([call.Id], await journal.IncludedAsync([call.Id, call.Id + 1], new CallQuery { EmployeeId = _anna }));
        Assert.Empty(await journal.IncludedAsync([call.Id], new CallQuery { EmployeeId = _olga }));
        Assert.Equal([call.Id], (await journal.FindAsync([call.Id, call.Id + 1], new CallQuery { ClientId = client })).Select(c => c.Id));
    }
}
