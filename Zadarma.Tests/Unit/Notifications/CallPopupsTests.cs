using Zadarma.Core.Calls;
using Zadarma.Core.Directory;
using Zadarma.Core.Notifications;
using Zadarma.Core.Pbx;
using Zadarma.Tests.Infrastructure;

namespace Zadarma.Tests.Unit.Notifications;

public sealed class CallPopupsTests : IAsyncLifetime
{
    private const string Number = "+79991234567";

    private TestDatabase _db = default!;
    private int _olga, _ivan;

    public async Task InitializeAsync()
    {
        _db = await TestDatabase.CreateAsync();
        _olga = await _db.Employees.SaveAsync(new EmployeeEdit { Name = "Olga Petrova" });
        _ivan = await _db.Employees.SaveAsync(new EmployeeEdit { Name = "Ivan Sokolov" });
        await _db.Extensions.MergeAsync([new FetchedExtension("100", null), new FetchedExtension("101", null), new FetchedExtension("102", null)]);
        await _db.Extensions.MapAsync("100", _olga);
        await _db.Extensions.MapAsync("101", _ivan);
    }

    public async Task DisposeAsync() => await _db.DisposeAsync();

    private async Task<int> AddCallAsync(Call call) => (await _db.AddCallAsync(call)).Id;

    /// <summary>An earlier call as the inbox wrote it: the answering extension with the employee it was mapped to then.</summary>
    private static Call Earlier(int minutesAgo, string? answeredBy, CallDisposition disposition, int? answeredByEmployeeId = null) => new()
    {
        PbxCallId = "in_" + Guid.NewGuid().ToString("N"),
        ClientNumber = Number,
        StartUtc = DateTime.UtcNow.AddMinutes(-minutesAgo),
        AnsweredBy = answeredBy,
        AnsweredByEmployeeId = answeredByEmployeeId,
        Disposition = disposition,
    };

    [Fact]
    public async Task Several_clients_come_with_their_managers_and_earlier_calls_with_who_answered()
    {
        var acme = await _db.AddClientAsync("Acme accounting", _olga, Number);
        var beta = await _db.AddClientAsync("Beta sales", _ivan, Number);
        var nobodys = await _db.AddClientAsync("Gamma", null, Number);
        await AddCallAsync(Earlier(30, "101", CallDisposition.Answered, _ivan));
        await AddCallAsync(Earlier(20, "102", CallDisposition.Answered));
        await AddCallAsync(Earlier(10, null, CallDisposition.NoAnswer));
        var callId = await AddCallAsync(new Call { PbxCallId = "in_now", ClientNumber = Number, ClientIds = [acme, beta, nobodys], StartUtc = DateTime.UtcNow });

        var (popup, _) = (await new CallPopups(_db.Factory).BuildAsync(callId))!.Value;

        Assert.Equal(
            [("Acme accounting", "Olga Petrova"), ("Beta sales", "Ivan Sokolov"), ("Gamma", null)],
            popup.Clients.OrderBy(c => c.Name).Select(c => (c.Name, c.ManagerName)));
        // Newest first; an extension mapped to nobody is shown as the extension.
        Assert.Equal([null, "102", "Ivan Sokolov"], popup.RecentCalls.Select(c => c.AnsweredBy));
        Assert.Equal([false, true, true], popup.RecentCalls.Select(c => c.Answered));
    }
}
