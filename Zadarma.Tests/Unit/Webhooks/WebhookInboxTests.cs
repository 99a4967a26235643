using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.Extensions.Logging.Abstractions;
using Zadarma.Core.Calls;
using Zadarma.Core.Directory;
using Zadarma.Core.Paging;
using Zadarma.Core.Pbx;
using Zadarma.Core.Persistence;
using Zadarma.Core.Routing;
using Zadarma.Core.Settings;
using Zadarma.Core.Webhooks;
using static Zadarma.Tests.Unit.Webhooks.Notifications;

namespace Zadarma.Tests.Unit.Webhooks;

public sealed class WebhookInboxTests : IAsyncLifetime
{
    private const string Caller = "79991234567";
    // No Ukrainian operator has this range in libphonenumber's plan; the PBX connected it all the same.
    private const string CallerOutsidePlans = "380000000123";
    private readonly string _folder = Path.Combine(Path.GetTempPath(), "zadarma-inbox-" + Guid.NewGuid().ToString("N"));
    private readonly ManualClock _clock = new(new DateTimeOffset(2024, 1, 15, 7, 0, 0, TimeSpan.Zero));
    private readonly FlakyDirectory _directory = new();
    private readonly CallEvents _callEvents = new();
    private IDbContextFactory<ZadarmaDb> _db = null!;
    private WebhookInbox _inbox = null!;
    private RoutingDirectory _routing = null!;
    private ExtensionStore _extensions = null!;
    private EmployeeStore _employees = null!;

    public async Task InitializeAsync()
    {
        System.IO.Directory.CreateDirectory(_folder);
        var options = new DbContextOptionsBuilder<ZadarmaDb>().UseSqlite(Database.ConnectionString(_folder)).Options;
        _db = new PooledDbContextFactory<ZadarmaDb>(options);
        await Database.MigrateAsync(_db);
        var settings = new SettingsStore(_db);
        _extensions = new ExtensionStore(_db, _clock, NullLogger<ExtensionStore>.Instance);
        _employees = new EmployeeStore(_db, NullLogger<EmployeeStore>.Instance);
        _routing = new RoutingDirectory(_db, new ClientStore(_db, settings, _clock, NullLogger<ClientStore>.Instance), _employees,
            _extensions, settings, NullLogger<RoutingDirectory>.Instance);
        await _routing.StartAsync(CancellationToken.None);
        _inbox = new WebhookInbox(_db, settings, new Callers(_routing, _directory), _callEvents, _clock, NullLogger<WebhookInbox>.Instance, _routing);
        await _inbox.StartAsync(CancellationToken.None);
    }

    public async Task DisposeAsync()
    {
        await _inbox.StopAsync(CancellationToken.None);
        _inbox.Dispose();
        await _routing.StopAsync(CancellationToken.None);
        Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
        System.IO.Directory.Delete(_folder, recursive: true);
    }

    [Fact]
    public async Task A_duplicate_is_stored_once_and_applied_once()
    {
        var changes = new List<CallChange>();
        _callEvents.Changed += changes.Add;
        var start = Start("in_dup", Caller);

        var first = await _inbox.StoreAsync(Event(start, _clock.UtcNow), default);
        var again = await _inbox.StoreAsync(Event(start, _clock.UtcNow.AddSeconds(2)), default);
        var together = await Task.WhenAll(Enumerable.Range(0, 5).Select(_ => _inbox.StoreAsync(Event(start, _clock.UtcNow), default)));

        Assert.False(first.IsDuplicate);
        Assert.True(again.IsDuplicate);
        Assert.All(together, r => Assert.True(r.IsDuplicate));
        await using var db = await _db.CreateDbContextAsync();
        var stored = await db.InboxEvents.SingleAsync();
        Assert.True(stored.IsApplied);
        Assert.Equal(_clock.UtcNow, stored.ReceivedUtc);
        Assert.Single(await db.Calls.ToListAsync());
        Assert.Single(changes);
    }

    [Fact]
    public async Task Events_of_one_call_in_one_batch_make_one_call()
    {
        var events = new[]
        {
            Start("in_batch", Caller), Internal("in_batch", Caller, "100"), Answer("in_batch", Caller, "100"),
            End("in_batch", Caller, "100", "answered", 10),
        };
        await Task.WhenAll(events.Select(e => _inbox.StoreAsync(Event(e, _clock.UtcNow), default)));

        await using var db = await _db.CreateDbContextAsync();
        var call = await db.Calls.SingleAsync();
        Assert.Equal(CallDisposition.Answered, call.Disposition);
        Assert.Equal([7], call.ClientIds);
        Assert.Equal(70, call.ResponsibleEmployeeId);
        Assert.Equal([70], call.EmployeeIds);
        Assert.Equal(4, await db.InboxEvents.CountAsync(e => e.IsApplied));
    }

    [Fact]
    public async Task A_caller_outside_the_numbering_plans_is_still_looked_up()
    {
        await _inbox.StoreAsync(Event(Start("in_new_range", CallerOutsidePlans), _clock.UtcNow), default);

        await using var db = await _db.CreateDbContextAsync();
        var call = await db.Calls.SingleAsync();
        Assert.Equal("+" + CallerOutsidePlans, call.ClientNumber);
        Assert.Equal([8], call.ClientIds);
    }

    [Fact]
    public async Task Who_answered_stays_on_the_call_when_the_extension_is_given_to_someone_else()
    {
        var olga = await _employees.SaveAsync(new EmployeeEdit { Name = "Olga" });
        var ivan = await _employees.SaveAsync(new EmployeeEdit { Name = "Ivan" });
        await _extensions.MergeAsync([new FetchedExtension("100", "Reception"), new FetchedExtension("101", "Sales")]);
        await _extensions.MapAsync("100", olga);
        await _extensions.MapAsync("101", ivan);

        await Task.WhenAll(new[]
        {
            Start("in_before", Caller), Internal("in_before", Caller, "100"), Internal("in_before", Caller, "101"),
            Answer("in_before", Caller, "100"), End("in_before", Caller, "100", "answered", 30),
        }.Select(e => _inbox.StoreAsync(Event(e, _clock.UtcNow), default)));
        await _extensions.MapAsync("101", null);
        await _extensions.MapAsync("100", ivan);
        await Task.WhenAll(new[]
        {
            Start("in_after", Caller), Internal("in_after", Caller, "100"), Answer("in_after", Caller, "100"),
            End("in_after", Caller, "100", "answered", 20),
        }.Select(e => _inbox.StoreAsync(Event(e, _clock.UtcNow), default)));

        await using var db = await _db.CreateDbContextAsync();
        var before = await db.Calls.SingleAsync(c => c.PbxCallId == "in_before");
        var after = await db.Calls.SingleAsync(c => c.PbxCallId == "in_after");
        Assert.Equal(("100", olga), (before.AnsweredBy, before.AnsweredByEmployeeId));
        Assert.Equal(new[] { olga, ivan }.Order(), before.StaffEmployeeIds);
        Assert.Equal(("100", ivan), (after.AnsweredBy, after.AnsweredByEmployeeId));
        Assert.Equal([ivan], after.StaffEmployeeIds);

        var journal = new CallList(_db, new SettingsStore(_db));
        var olgasCalls = await journal.ListAsync(new CallQuery { EmployeeId = olga });
        Assert.Equal(["in_before"], olgasCalls.Items.Select(c => c.PbxCallId));
        Assert.Equal("Olga", olgasCalls.Items[0].AnsweredByEmployee?.Name);
        var ivansCalls = await journal.ListAsync(new CallQuery { EmployeeId = ivan });
        Assert.Equal(["in_after", "in_before"], ivansCalls.Items.Select(c => c.PbxCallId).Order());
    }

    [Fact]
    public async Task Retry_now_applies_a_waiting_event_before_its_backoff_is_over_and_admins_see_its_fields()
    {
        _directory.FailuresLeft = 1;
        await _inbox.StoreAsync(Event(Start("in_wait", Caller), _clock.UtcNow), default);
        var failed = Assert.Single((await _inbox.ListFailedAsync(new PageRequest())).Items);
        Assert.Contains("caller_id=79991234567", failed.FieldLines.Split('\n'));
        Assert.Equal(0, await _inbox.RetryDueAsync(default));

        Assert.Equal(1, await _inbox.RetryNowAsync(default));

        Assert.Empty((await _inbox.ListFailedAsync(new PageRequest())).Items);
        await using var db = await _db.CreateDbContextAsync();
        Assert.Equal([7], (await db.Calls.SingleAsync()).ClientIds);
    }

    [Fact]
    public async Task Retry_now_tries_every_waiting_event_even_more_than_one_batch()
    {
        _directory.FailOn = "+" + Caller;
        var count = WebhookInbox.BatchSize + 1;
        await Task.WhenAll(Enumerable.Range(0, count).Select(i => _inbox.StoreAsync(Event(Start($"in_{i}", Caller), _clock.UtcNow), default)));
        Assert.Equal(count, (await _inbox.ListFailedAsync(new PageRequest())).Total);
        _directory.FailOn = null;

        Assert.Equal(count, await _inbox.RetryNowAsync(default));

        Assert.Equal(0, (await _inbox.ListFailedAsync(new PageRequest())).Total);
    }

    [Fact]
    public async Task A_failed_apply_keeps_the_event_and_the_retry_applies_it()
    {
        _directory.FailuresLeft = 1;
        var receipt = await _inbox.StoreAsync(Event(Start("in_fail", Caller), _clock.UtcNow), default);
        Assert.False(receipt.IsDuplicate);

        var failed = await _inbox.ListFailedAsync(new PageRequest());
        var row = Assert.Single(failed.Items);
        Assert.Equal("NOTIFY_START", row.Event);
        Assert.Equal("in_fail", row.PbxCallId);
        Assert.Equal(1, row.Attempts);
        Assert.Contains("CRM unavailable", row.LastError);
        await using (var db = await _db.CreateDbContextAsync())
            Assert.Empty(await db.Calls.ToListAsync());

        Assert.Equal(0, await _inbox.RetryDueAsync(default));
        _clock.Advance(TimeSpan.FromMinutes(1));
        Assert.Equal(1, await _inbox.RetryDueAsync(default));

        Assert.Empty((await _inbox.ListFailedAsync(new PageRequest())).Items);
        await using (var db = await _db.CreateDbContextAsync())
        {
            Assert.True((await db.InboxEvents.SingleAsync()).IsApplied);
            Assert.Equal([7], (await db.Calls.SingleAsync()).ClientIds);
        }
    }

    [Fact]
    public async Task One_failing_event_does_not_hold_back_its_batch()
    {
        _directory.FailOn = "+79990000000";
        await Task.WhenAll(
            _inbox.StoreAsync(Event(Start("in_bad", "79990000000"), _clock.UtcNow), default),
            _inbox.StoreAsync(Event(Start("in_good", Caller), _clock.UtcNow), default),
            _inbox.StoreAsync(Event(Record("in_good", "rec-1"), _clock.UtcNow), default));

        await using var db = await _db.CreateDbContextAsync();
        Assert.Equal(["in_good"], await db.Calls.Select(c => c.PbxCallId).ToListAsync());
        Assert.Equal("in_bad", (await _inbox.ListFailedAsync(new PageRequest())).Items.Single().PbxCallId);
    }

    private sealed class ManualClock(DateTimeOffset now) : TimeProvider
    {
        private DateTimeOffset _now = now;

        public DateTime UtcNow => _now.UtcDateTime;

        public void Advance(TimeSpan by) => _now += by;

        public override DateTimeOffset GetUtcNow() => _now;
    }

    /// <summary>A CRM with one client, that can be made to fail like a host CRM that is down.</summary>
    private sealed class FlakyDirectory : ICrmDirectory
    {
        public int FailuresLeft { get; set; }
        public string? FailOn { get; set; }

        public Task<IReadOnlyList<DirectoryClient>> FindClientsByPhoneAsync(PhoneNumber number, CancellationToken ct = default)
        {
            if (FailuresLeft > 0 || number.E164 == FailOn)
            {
                FailuresLeft--;
                throw new InvalidOperationException("CRM unavailable");
            }
            IReadOnlyList<DirectoryClient> found = number.E164 == "+" + Caller ? [new DirectoryClient(7, "Acme", null, 70, number.E164, PhoneMatch.Exact)]
                : number.E164 == "+" + CallerOutsidePlans ? [new DirectoryClient(8, "Kyiv office", null, null, number.E164, PhoneMatch.Exact)]
                : [];
            return Task.FromResult(found);
        }

        public Task<DirectoryEmployee?> GetResponsibleEmployeeAsync(int clientId, CancellationToken ct = default) => Task.FromResult<DirectoryEmployee?>(null);

        public Task<IReadOnlyList<DirectoryEmployee>> ListEmployeesAsync(CancellationToken ct = default) => Task.FromResult<IReadOnlyList<DirectoryEmployee>>([]);

        public Task<DirectoryEmployee?> GetEmployeeOfUserAsync(int userId, CancellationToken ct = default) => Task.FromResult<DirectoryEmployee?>(null);
    }
}
