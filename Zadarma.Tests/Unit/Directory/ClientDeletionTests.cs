using Zadarma.Core.Accounts;
using Zadarma.Core.Calls;
using Zadarma.Core.Directory;
using Zadarma.Tests.Infrastructure;

namespace Zadarma.Tests.Unit.Directory;

/// <summary>Only supervisors and admins delete clients; a client's calls stay in the journal.</summary>
public sealed class ClientDeletionTests : IAsyncLifetime
{
    private TestDatabase _db = default!;
    private int _acme;

    public async Task InitializeAsync()
    {
        _db = await TestDatabase.CreateAsync();
        _acme = await _db.AddClientAsync("Acme Ltd", null, "+7 999 123 45 67");
        await _db.AddCallAsync(new Call { PbxCallId = "in_1", ClientNumber = "+79991234567", ClientIds = [_acme], StartUtc = DateTime.UtcNow });
        await _db.AddCallAsync(new Call { PbxCallId = "in_2", ClientNumber = "+79991234567", ClientIds = [_acme], StartUtc = DateTime.UtcNow });
    }

    public async Task DisposeAsync() => await _db.DisposeAsync();

    [Theory]
    [InlineData(Role.Agent, false)]
    [InlineData(Role.Supervisor, true)]
    [InlineData(Role.Admin, true)]
    public void Deleting_is_for_supervisors_and_admins(Role role, bool may) => Assert.Equal(may, ClientStore.MayDelete(role));

    [Fact]
    public async Task An_agent_is_refused_by_the_store_itself()
    {
        await Assert.ThrowsAsync<UnauthorizedAccessException>(() => _db.Clients.DeleteAsync(_acme, Role.Agent));

        Assert.NotNull(await _db.Clients.GetAsync(_acme));
    }

    [Fact]
    public async Task A_supervisor_deletes_the_client_and_its_calls_stay_in_the_journal()
    {
        Assert.Equal(2, await _db.Clients.CountCallsAsync(_acme));

        await _db.Clients.DeleteAsync(_acme, Role.Supervisor);

        Assert.Null(await _db.Clients.GetAsync(_acme));
        var calls = await new CallList(_db.Factory, _db.Settings).ListAsync(new CallQuery { Number = "+7 999 123 45 67" });
        Assert.Equal(2, calls.Total);
        Assert.All(calls.Items, c => Assert.Equal("+79991234567", c.Number));
    }
}
