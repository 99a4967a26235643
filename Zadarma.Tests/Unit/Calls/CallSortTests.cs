using Zadarma.Core.Calls;
using Zadarma.Core.Directory;
using Zadarma.Core.Persistence;
using Zadarma.Tests.Infrastructure;

namespace Zadarma.Tests.Unit.Calls;

/// <summary>
/// The journal sorts by the names its Client and Who columns show, kept on each call by the database whoever writes the
/// call, the client or the employee; and by whether a call has a recording or a note.
/// </summary>
public sealed class CallSortTests : IAsyncLifetime
{
    private static readonly DateTime Start = new(2026, 12, 1, 9, 0, 0, DateTimeKind.Utc);
    private TestDatabase _db = default!;
    private CallList _list = default!;

    public async Task InitializeAsync()
    {
        _db = await TestDatabase.CreateAsync();
        _list = new CallList(_db.Factory, _db.Settings);
    }

    public async Task DisposeAsync() => await _db.DisposeAsync();

    [Fact]
    public async Task Calls_sort_by_their_clients_name_folded_and_callers_who_are_no_client_come_after_by_number()
    {
        var zaneta = await _db.AddClientAsync("Żaneta Wiśniewska");
        var adam = await _db.AddClientAsync("adam Nowak");
        var boris = await _db.AddClientAsync("Борис Ёлкин");
        await CallAsync("in_unknown_7", 1, number: "+79990000000");
        await CallAsync("in_unknown_4", 2, number: "+48600000000");
        await CallAsync("in_zaneta", 3, clients: [zaneta]);
        await CallAsync("in_adam_old", 4, clients: [adam]);
        await CallAsync("in_adam_new", 5, clients: [adam]);
        // Two clients on one number: the call goes under the first of them by name.
        await CallAsync("in_shared", 6, clients: [boris, adam]);
        await CallAsync("in_boris", 7, clients: [boris]);

        // A name's newest calls first; accents and case do not move a name. Latin letters come before Cyrillic ones.
        string[] ascending = ["in_shared", "in_adam_new", "in_adam_old", "in_zaneta", "in_boris", "in_unknown_4", "in_unknown_7"];
        Assert.Equal(ascending, await SortedAsync(nameof(CallRow.Clients), descending: false));
        Assert.Equal(ascending.Reverse(), await SortedAsync(nameof(CallRow.Clients), descending: true));
    }

    [Fact]
    public async Task A_renamed_deleted_or_newly_linked_client_moves_its_calls()
    {
        var anna = await _db.AddClientAsync("Anna", null, "+79991234567");
        var marta = await _db.AddClientAsync("Marta");
        var annaCall = await CallAsync("in_anna", 1, clients: [anna], number: "+79991234567");
        await CallAsync("in_marta", 2, clients: [marta]);
        var unknown = await CallAsync("in_unknown", 3, number: "+48600000000");
        Assert.Equal(["in_anna", "in_marta", "in_unknown"], await SortedAsync(nameof(CallRow.Clients), descending: false));

        await _db.Clients.SaveAsync(new ClientEdit { Id = anna, Name = "Zuzanna", Phones = [new PhoneEdit { Number = "+79991234567" }] });
        Assert.Equal(["in_marta", "in_anna", "in_unknown"], await SortedAsync(nameof(CallRow.Clients), descending: false));

        await Edits().LinkClientAsync(unknown.Id, marta);
        Assert.Equal(["in_unknown", "in_marta", "in_anna"], await SortedAsync(nameof(CallRow.Clients), descending: false));

        await _db.Clients.DeleteAsync(anna, Zadarma.Core.Accounts.Role.Admin);
        Assert.Equal(["in_unknown", "in_marta", "in_anna"], await SortedAsync(nameof(CallRow.Clients), descending: false));
        Assert.Equal("2+79991234567", await KeyAsync(annaCall.Id, c => c.ClientSortKey));
    }

    [Fact]
    public async Task Calls_sort_by_who_answered_else_who_is_to_call_back_else_whose_extension_rang_and_follow_a_rename()
    {
        var olga = await _db.Employees.SaveAsync(new EmployeeEdit { Name = "Olga Petrova" });
        var ivan = await _db.Employees.SaveAsync(new EmployeeEdit { Name = "Ivan Sokolov" });
        var boris = await _db.Employees.SaveAsync(new EmployeeEdit { Name = "Boris Orlov" });
        var client = await _db.AddClientAsync("Marta", olga);
        await CallAsync("in_answered_ivan", 1, answered: ("100", ivan), staff: [ivan, olga]);
        // Nobody took it: the list says who is to call back, the client's manager, not who it rang.
        await CallAsync("in_missed_olga", 2, clients: [client], manager: olga, staff: [boris], ended: true);
        await CallAsync("out_boris", 3, CallDirection.Outgoing, staff: [boris], extensions: ["102"], ended: true);
        await CallAsync("in_answered_extension", 4, answered: ("105", null));
        await CallAsync("in_missed_nobody", 5, ended: true);

        string[] ascending = ["out_boris", "in_answered_ivan", "in_missed_olga", "in_answered_extension", "in_missed_nobody"];
        Assert.Equal(ascending, await SortedAsync(nameof(CallRow.AnsweredByEmployee), descending: false));
        Assert.Equal(ascending.Reverse(), await SortedAsync(nameof(CallRow.AnsweredByEmployee), descending: true));

        await _db.Employees.SaveAsync(new EmployeeEdit { Id = ivan, Name = "Wiktor Sokołowski" });
        Assert.Equal(["out_boris", "in_missed_olga", "in_answered_ivan", "in_answered_extension", "in_missed_nobody"],
            await SortedAsync(nameof(CallRow.AnsweredByEmployee), descending: false));
        Assert.Equal("1wiktor sokolowski", await KeyAsync(await CallIdAsync("in_answered_ivan"), c => c.EmployeeSortKey));
    }

    [Fact]
    public async Task Calls_with_a_recording_or_a_note_come_first_newest_first()
    {
        await CallAsync("in_plain_old", 1);
        await CallAsync("in_recorded_old", 2, recorded: true, note: "Call back");
        await CallAsync("in_recorded_new", 3, recorded: true);
        await CallAsync("in_plain_new", 4, note: "Price list");

        Assert.Equal(["in_recorded_new", "in_recorded_old", "in_plain_new", "in_plain_old"], await SortedAsync(nameof(CallRow.IsRecorded), descending: true));
        Assert.Equal(["in_plain_old", "in_plain_new", "in_recorded_old", "in_recorded_new"], await SortedAsync(nameof(CallRow.IsRecorded), descending: false));
        Assert.Equal(["in_plain_new", "in_recorded_old", "in_recorded_new", "in_plain_old"], await SortedAsync(nameof(CallRow.Note), descending: true));

        await Edits().SaveNoteAsync(await CallIdAsync("in_plain_new"), " ");
        Assert.Equal(["in_recorded_old", "in_plain_new", "in_recorded_new", "in_plain_old"], await SortedAsync(nameof(CallRow.Note), descending: true));
    }

    [Fact]
    public async Task Sorted_by_result_every_call_is_listed_whatever_its_result()
    {
        var results = Enum.GetValues<CallDisposition>();
        foreach (var (result, i) in results.Select((r, i) => (r, i)))
            await _db.AddCallAsync(new Call { PbxCallId = $"in_{result}", Direction = CallDirection.Incoming, StartUtc = Start.AddMinutes(i), Disposition = result });

        var sorted = await _list.ListAsync(new CallQuery { SortBy = nameof(CallRow.Disposition), Descending = false, Take = 100 });
        Assert.Equal(results.Order(), sorted.Items.Select(c => c.Disposition).Order());
    }

    private Task<Call> CallAsync(string pbxCallId, int minute, CallDirection direction = CallDirection.Incoming, List<int>? clients = null,
        string? number = null, (string Extension, int? Employee)? answered = null, int? manager = null, List<int>? staff = null,
        List<string>? extensions = null, bool ended = false, bool recorded = false, string? note = null) =>
        _db.AddCallAsync(new Call
        {
            PbxCallId = pbxCallId, Direction = direction, StartUtc = Start.AddMinutes(minute),
            ClientIds = clients ?? [], ClientNumber = number, ClientNumberRaw = number?.TrimStart('+'),
            AnsweredBy = answered?.Extension, AnsweredByEmployeeId = answered?.Employee,
            Disposition = answered is null ? CallDisposition.NoAnswer : CallDisposition.Answered,
            EndedUtc = ended || answered is not null ? Start.AddMinutes(minute + 1) : null,
            ResponsibleEmployeeId = manager, EmployeeIds = manager is { } m ? [m] : [], StaffEmployeeIds = staff ?? [],
            Extensions = extensions ?? (answered is { } a ? [a.Extension] : []), IsRecorded = recorded, Note = note,
        });

    private CallEdits Edits() => new(_db.Factory, new CallEvents(), Microsoft.Extensions.Logging.Abstractions.NullLogger<CallEdits>.Instance);

    private async Task<List<string>> SortedAsync(string sortBy, bool descending) =>
        (await _list.ListAsync(new CallQuery { SortBy = sortBy, Descending = descending })).Items.Select(c => c.PbxCallId).ToList();

    private async Task<int> CallIdAsync(string pbxCallId)
    {
        await using var db = await _db.Factory.CreateDbContextAsync();
        return db.Calls.Single(c => c.PbxCallId == pbxCallId).Id;
    }

    private async Task<string?> KeyAsync(int callId, Func<Call, string?> key)
    {
        await using var db = await _db.Factory.CreateDbContextAsync();
        return key(db.Calls.Single(c => c.Id == callId));
    }
}
