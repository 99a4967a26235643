using Microsoft.Extensions.Logging.Abstractions;
using Zadarma.Core.Directory;
using Zadarma.Core.Routing;
using Zadarma.Tests.Infrastructure;

namespace Zadarma.Tests.Unit.Routing;

public sealed class CallersTests : IAsyncLifetime
{
    private static readonly PhoneNumber Number = PhoneNumber.ParseOrNull("+48601234567", Country.Initial)!.Value;

    private TestDatabase _db = default!;
    private readonly SlowHostCrm _host = new();
    private Callers _callers = default!;

    public async Task InitializeAsync()
    {
        _db = await TestDatabase.CreateAsync();
        var index = new RoutingDirectory(_db.Factory, _db.Clients, _db.Employees, _db.Extensions, _db.Settings, NullLogger<RoutingDirectory>.Instance);
        _callers = new Callers(index, _host);
    }

    public async Task DisposeAsync() => await _db.DisposeAsync();

    [Fact]
    public async Task Routing_and_the_journal_asking_about_one_caller_at_once_ask_the_host_crm_once()
    {
        var routing = _callers.FindAsync(Number).AsTask();
        var journal = _callers.FindAsync(Number).AsTask();
        _host.Answer();

        Assert.All(await Task.WhenAll(routing, journal), found => Assert.Equal([501], found.Select(c => c.Id)));
        Assert.Equal(["+48601234567"], _host.Asked);
    }

    [Fact]
    public async Task A_caller_who_stops_waiting_does_not_end_the_lookup_another_shares()
    {
        using var leaving = new CancellationTokenSource();
        var routing = _callers.FindAsync(Number, leaving.Token).AsTask();
        var journal = _callers.FindAsync(Number).AsTask();
        await leaving.CancelAsync();
        _host.Answer();

        await Assert.ThrowsAnyAsync<OperationCanceledException>(() => routing);
        Assert.Equal([501], (await journal).Select(c => c.Id));
        Assert.Equal(["+48601234567"], _host.Asked);
    }

    /// <summary>A host CRM that answers only when told to, and remembers which numbers it was asked about.</summary>
    private sealed class SlowHostCrm : ICrmDirectory
    {
        private readonly TaskCompletionSource _answer = new(TaskCreationOptions.RunContinuationsAsynchronously);
        private readonly List<string> _asked = [];

        public IReadOnlyList<string> Asked
        {
            get
            {
                lock (_asked)
                    return _asked.ToList();
            }
        }

        public void Answer() => _answer.SetResult();

        public async Task<IReadOnlyList<DirectoryClient>> FindClientsByPhoneAsync(PhoneNumber number, CancellationToken ct = default)
        {
            lock (_asked)
                _asked.Add(number.E164);
            await _answer.Task;
            return [new DirectoryClient(501, "Host client", null, 7, number.E164, PhoneMatch.Exact)];
        }

        public Task<DirectoryEmployee?> GetResponsibleEmployeeAsync(int clientId, CancellationToken ct = default) => Task.FromResult<DirectoryEmployee?>(null);

        public Task<IReadOnlyList<DirectoryEmployee>> ListEmployeesAsync(CancellationToken ct = default) => Task.FromResult<IReadOnlyList<DirectoryEmployee>>([]);

        public Task<DirectoryEmployee?> GetEmployeeOfUserAsync(int userId, CancellationToken ct = default) => Task.FromResult<DirectoryEmployee?>(null);
    }
}
