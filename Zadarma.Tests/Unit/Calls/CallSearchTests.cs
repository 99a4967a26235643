using Microsoft.Extensions.Logging.Abstractions;
using Zadarma.Core.Calls;
using Zadarma.Core.Directory;
using Zadarma.Tests.Infrastructure;

namespace Zadarma.Tests.Unit.Calls;

/// <summary>The Calls page's search box: a client's name or company, a note or a number, however it is typed.</summary>
public sealed class CallSearchTests : IAsyncLifetime
{
    private static readonly DateTime Start = new(2026, 11, 20, 9, 0, 0, DateTimeKind.Utc);
    private TestDatabase _db = default!;
    private CallList _list = default!;
    private int _lukasz, _olga;

    public async Task InitializeAsync()
    {
        _db = await TestDatabase.CreateAsync();
        _list = new CallList(_db.Factory, _db.Settings);
        _lukasz = await _db.AddClientAsync("Łukasz Wiśniewski", phones: "+48601234567");
        var saved = await _db.Clients.SaveAsync(new ClientEdit { Name = "Ольга Семёнова", Company = "Ёлка и партнёры", Phones = [new PhoneEdit { Number = "+79161112233" }] });
        _olga = saved.Id!.Value;

        await AddAsync("in_lukasz", "+48601234567", [_lukasz], Start);
        await AddAsync("in_olga", "+79161112233", [_olga], Start.AddHours(1), note: "Prosi o FAKTURĘ za listopad");
        await AddAsync("in_olga_old", "+79161112233", [_olga], Start.AddDays(-60));
        await AddAsync("in_stranger", "+74951234567", [], Start.AddHours(2), note: "Перезвонить после обеда");
    }

    public async Task DisposeAsync() => await _db.DisposeAsync();

    [Theory]
    [InlineData("lukasz", new[] { "in_lukasz" })]
    [InlineData("WIŚNIEW", new[] { "in_lukasz" })]
    [InlineData("семенова", new[] { "in_olga", "in_olga_old" })]
    [InlineData("елка и", new[] { "in_olga", "in_olga_old" })]
    [InlineData("ол", new[] { "in_olga", "in_olga_old" })]
    public async Task A_client_name_or_company_finds_their_calls_whatever_the_case_and_accents(string text, string[] expected) =>
        Assert.Equal(expected, await FoundAsync(new CallQuery { Search = text }));

    [Theory]
    [InlineData("faktura", new string[0])]
    [InlineData("fakturę", new[] { "in_olga" })]
    [InlineData("FAKTURE ZA", new[] { "in_olga" })]
    [InlineData("после обеда", new[] { "in_stranger" })]
    public async Task Words_of_a_note_find_its_call_ignoring_case_and_accents(string text, string[] expected) =>
        Assert.Equal(expected, await FoundAsync(new CallQuery { Search = text }));

    [Theory]
    [InlineData("2233", new[] { "in_olga", "in_olga_old" })]
    [InlineData("8 (916) 111-22-33", new[] { "in_olga", "in_olga_old" })]
    [InlineData("+48 601 234 567", new[] { "in_lukasz" })]
    [InlineData("0000", new string[0])]
    public async Task A_number_in_any_format_or_its_last_digits_finds_its_calls(string text, string[] expected) =>
        Assert.Equal(expected, await FoundAsync(new CallQuery { Search = text }));

    [Fact]
    public async Task The_search_narrows_the_other_filters_and_the_period_rather_than_widening_them()
    {
        Assert.Equal(["in_olga"], await FoundAsync(new CallQuery { Search = "семёнова", FromUtc = Start.AddDays(-1) }));
        Assert.Equal(["in_olga_old"], await FoundAsync(new CallQuery { Search = "семёнова", ToUtc = Start.AddDays(-1) }));
        Assert.Equal([], await FoundAsync(new CallQuery { Search = "lukasz", ClientId = _olga }));
        Assert.Equal(["in_olga"], await FoundAsync(new CallQuery { Search = "faktur", ClientId = _olga }));
    }

    [Fact]
    public async Task A_note_changed_later_is_found_by_its_new_words_only()
    {
        var edits = new CallEdits(_db.Factory, new CallEvents(), NullLogger<CallEdits>.Instance);
        var call = (await _list.ListAsync(new CallQuery { Search = "lukasz" })).Items.Single();

        await edits.SaveNoteAsync(call.Id, "Wants the blue model");
        Assert.Equal(["in_lukasz"], await FoundAsync(new CallQuery { Search = "blue model" }));

        await edits.SaveNoteAsync(call.Id, "Changed his mind: red");
        Assert.Equal([], await FoundAsync(new CallQuery { Search = "blue model" }));
        Assert.Equal(["in_lukasz"], await FoundAsync(new CallQuery { Search = "his mind" }));

        await edits.SaveNoteAsync(call.Id, null);
        Assert.Equal([], await FoundAsync(new CallQuery { Search = "his mind" }));
    }

    [Fact]
    public async Task A_renamed_client_is_found_by_the_new_name()
    {
        var client = (await _db.Clients.GetAsync(_lukasz))!;
        var edit = ClientEdit.From(client);
        edit.Name = "Piotr Nowak";
        Assert.True((await _db.Clients.SaveAsync(edit)).Succeeded);

        Assert.Equal(["in_lukasz"], await FoundAsync(new CallQuery { Search = "nowak" }));
        Assert.Equal([], await FoundAsync(new CallQuery { Search = "lukasz" }));
    }

    private async Task<List<string>> FoundAsync(CallQuery query)
    {
        var page = await _list.ListAsync(query with { Take = 50 });
        Assert.Equal(page.Items.Count, page.Total);
        return page.Items.Select(c => c.PbxCallId).ToList();
    }

    private async Task AddAsync(string pbxCallId, string number, List<int> clientIds, DateTime start, string? note = null) =>
        await _db.AddCallAsync(new Call
        {
            PbxCallId = pbxCallId, Direction = CallDirection.Incoming, StartUtc = start, EndedUtc = start.AddMinutes(2),
            ClientNumber = number, ClientNumberReversed = PhoneNumber.FromStored(number).ReversedDigits,
            ClientIds = clientIds, Note = note,
        });
}
