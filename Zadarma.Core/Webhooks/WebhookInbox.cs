using System.Threading.Channels;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Storage;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Zadarma.Core.Calls;
using Zadarma.Core.Directory;
using Zadarma.Core.Paging;
using Zadarma.Core.Persistence;
using Zadarma.Core.Routing;
using Zadarma.Core.Settings;

namespace Zadarma.Core.Webhooks;

/// <summary>
/// The single writer of notifications and calls. Request handlers queue a notification and wait; the writer
/// takes up to <see cref="BatchSize"/> queued ones, stores them and applies them to their calls in one
/// transaction, commits, and only then releases the waiters, so a 200 to the PBX means "on disk".
/// One writer means no two transactions ever merge into the same call at once, and one commit per batch
/// is what makes thousands of notifications a second possible on SQLite.
/// </summary>
public sealed class WebhookInbox(
    IDbContextFactory<ZadarmaDb> dbFactory,
    SettingsStore settings,
    Callers callers,
    ICallEvents callEvents,
    TimeProvider clock,
    ILogger<WebhookInbox> logger,
    RoutingDirectory directory) : BackgroundService
{
    public const int BatchSize = 256;
    private const string ApplySavepoint = "apply";
    private static readonly TimeSpan MaxBackoff = TimeSpan.FromMinutes(15);

    private readonly Channel<Work> _queue = Channel.CreateBounded<Work>(new BoundedChannelOptions(20_000)
    {
        SingleReader = true,
        FullMode = BoundedChannelFullMode.Wait,
    });

    private static readonly TimeSpan CheckpointInterval = TimeSpan.FromMilliseconds(250);
    private const long LargeLogFrames = 10_000;

    // Used by the writer only.
    private WriterConnection? _connection;
    private readonly Func<string, int?> _employeeOfExtension = directory.EmployeeOf;

    // Shared with the checkpoint loop.
    private volatile string? _connectionString;
    private long _commits;
    private long _walFrames;

    /// <summary>Stores a verified notification and applies it; completes once both are committed.</summary>
    public async Task<InboxReceipt> StoreAsync(WebhookEvent webhook, CancellationToken ct)
    {
        var work = new Work(webhook, null) { EarlyMatch = await StartEarlyMatchAsync(webhook, ct) };
        await _queue.Writer.WriteAsync(work, ct);
        return await work.Done.Task.WaitAsync(ct);
    }

    /// <summary>
    /// A call's first notification starts the host CRM's client lookup while it waits in the queue, so the single
    /// writer finds the answer ready instead of querying the CRM on its own time; it joins routing's lookup of the same
    /// caller if that is under way. The in-memory index needs no head start.
    /// </summary>
    private async Task<EarlyMatch?> StartEarlyMatchAsync(WebhookEvent webhook, CancellationToken ct)
    {
        if (callers.InMemory)
            return null;
        if (webhook.Type is not (WebhookEventType.NotifyStart or WebhookEventType.NotifyOutStart) || webhook.PbxCallId is not { } pbxCallId)
            return null;
        var current = await settings.GetAsync(ct);
        var probe = new Call { PbxCallId = pbxCallId };
        probe.Apply(webhook, current.PbxUtcOffsetMinutes, Country.OfSetting(current.DefaultCountry));
        return probe.ClientNumber is { } number ? new EarlyMatch(number, FindClientsAsync(number)) : null;
    }

    /// <summary>Applies the stored notifications whose retry time has come; returns how many were tried.</summary>
    public Task<int> RetryDueAsync(CancellationToken ct) => RetryAsync(clock.GetUtcNow().UtcDateTime, ct);

    /// <summary>Applies every stored notification still waiting, whatever its backoff: an admin fixed the cause and asks now. Returns how many were tried.</summary>
    public Task<int> RetryNowAsync(CancellationToken ct) => RetryAsync(DateTime.MaxValue, ct);

    /// <summary>
    /// Tries each waiting notification once, a batch at a time in the order received: one that fails again gets a
    /// later retry time, and the next batch starts after the last one tried, so it is not picked up twice.
    /// </summary>
    private async Task<int> RetryAsync(DateTime dueBy, CancellationToken ct)
    {
        var tried = 0;
        var after = 0L;
        while (true)
        {
            List<long> due;
            await using (var db = await dbFactory.CreateDbContextAsync(ct))
            {
                due = await db.InboxEvents.AsNoTracking().DueIds(after, dueBy, BatchSize).ToListAsync(ct);
            }
            var works = due.Select(id => new Work(null, id)).ToList();
            foreach (var work in works)
                await _queue.Writer.WriteAsync(work, ct);
            await Task.WhenAll(works.Select(w => w.Done.Task)).WaitAsync(ct);
            tried += works.Count;
            if (due.Count < BatchSize)
                return tried;
            after = due[^1];
        }
    }

    /// <summary>Notifications that failed to apply at least once and are still waiting, oldest first.</summary>
    public async Task<Page<FailedEvent>> ListFailedAsync(PageRequest page, CancellationToken ct = default)
    {
        await using var db = await dbFactory.CreateDbContextAsync(ct);
        var failed = db.InboxEvents.AsNoTracking().Where(e => !e.IsApplied && e.Attempts > 0);
        var total = await failed.CountAsync(ct);
        var items = await failed.OrderBy(e => e.ReceivedUtc).ThenBy(e => e.Id)
            .Skip(page.Skip).Take(page.Take)
            .Select(e => new FailedEvent(e.Id, e.Event, e.PbxCallId, e.ReceivedUtc, e.Attempts, e.LastError, e.NextAttemptUtc, e.Fields))
            .ToListAsync(ct);
        return new Page<FailedEvent>(items, total);
    }

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        var reader = _queue.Reader;
        var batch = new List<Work>(BatchSize);
        using var stopCheckpoints = new CancellationTokenSource();
        var checkpoints = CheckpointLoopAsync(stopCheckpoints.Token);
        try
        {
            while (await reader.WaitToReadAsync(stoppingToken))
                await DrainAsync(reader, batch);
        }
        catch (OperationCanceledException) when (stoppingToken.IsCancellationRequested)
        {
            // Whatever is already queued has a waiting sender: store it before the host stops.
            _queue.Writer.TryComplete();
            await DrainAsync(reader, batch);
        }
        finally
        {
            await CloseConnectionAsync();
            await stopCheckpoints.CancelAsync();
            await checkpoints;
        }
    }

    /// <summary>
    /// Copies the write-ahead log into the database beside the writer. SQLite would otherwise do it inside a commit
    /// every thousand pages, several times a second under load, and every notification waiting on that commit would
    /// wait for the copy and its fsync too. A passive checkpoint never blocks the writer.
    /// </summary>
    private async Task CheckpointLoopAsync(CancellationToken ct)
    {
        var checkpointed = 0L;
        try
        {
            while (!ct.IsCancellationRequested)
            {
                await Task.Delay(CheckpointInterval, ct);
                var committed = Interlocked.Read(ref _commits);
                if (committed == checkpointed || _connectionString is not { } connectionString)
                    continue;
                try
                {
                    await using var connection = new SqliteConnection(connectionString);
                    await connection.OpenAsync(ct);
                    Interlocked.Exchange(ref _walFrames, await CheckpointAsync(connection, ct));
                    checkpointed = committed;
                }
                catch (Exception ex) when (ex is not OperationCanceledException)
                {
                    logger.LogWarning(ex, "Checkpointing the webhook database's write-ahead log failed; retrying");
                }
            }
        }
        catch (OperationCanceledException) when (ct.IsCancellationRequested)
        {
            // Stopping: SQLite checkpoints on its own when the last connection closes.
        }
    }

    /// <summary>A passive checkpoint; returns how many frames the log holds.</summary>
    private static async Task<long> CheckpointAsync(SqliteConnection connection, CancellationToken ct)
    {
        await using var checkpoint = connection.CreateCommand();
        checkpoint.CommandText = "PRAGMA wal_checkpoint(PASSIVE);";
        await using var result = await checkpoint.ExecuteReaderAsync(ct);
        return await result.ReadAsync(ct) ? result.GetInt64(1) : 0;
    }

    /// <summary>
    /// Under sustained load the background checkpoint never quite catches up, and SQLite restarts the log only after
    /// a complete one. Once the log is large the writer finishes the copy itself, which is short because the loop
    /// has done most of it, so the log starts over instead of growing for as long as the load lasts.
    /// </summary>
    private async Task RestartLargeLogAsync()
    {
        if (Interlocked.Read(ref _walFrames) < LargeLogFrames || _connection is not { } open)
            return;
        try
        {
            Interlocked.Exchange(ref _walFrames, await CheckpointAsync(open.Connection, CancellationToken.None));
        }
        catch (Exception ex)
        {
            logger.LogWarning(ex, "Checkpointing the webhook database's write-ahead log failed; retrying");
        }
    }

    /// <summary>Writes whatever is queued at once rather than waiting for a full batch: at a steady rate the wait would be latency.</summary>
    private async Task DrainAsync(ChannelReader<Work> reader, List<Work> batch)
    {
        while (reader.TryRead(out var first))
        {
            batch.Add(first);
            while (batch.Count < BatchSize && reader.TryRead(out var next))
                batch.Add(next);
            try
            {
                var changes = await WriteAsync(batch);
                Publish(changes);
                await RestartLargeLogAsync();
            }
            catch (Exception ex)
            {
                logger.LogError(ex, "Could not store a batch of {Count} webhook events", batch.Count);
                foreach (var work in batch)
                    work.Done.TrySetException(ex);
                // The connection may be what failed: the next batch starts on a fresh one.
                await CloseConnectionAsync();
            }
            batch.Clear();
        }
    }

    private async Task<List<CallChange>> WriteAsync(List<Work> batch)
    {
        var current = await settings.GetAsync();
        var country = Country.OfSetting(current.DefaultCountry);
        var connection = await OpenConnectionAsync();

        await using var db = new ZadarmaDb(connection.Options);
        // The apply step has its own savepoint; EF's automatic one around SaveChanges would only add round trips.
        db.Database.AutoSavepointsEnabled = false;
        await using var sqliteTx = (SqliteTransaction)await connection.Connection.BeginTransactionAsync();
        await using var tx = await db.Database.UseTransactionAsync(sqliteTx) ?? throw new InvalidOperationException("EF did not take the writer's transaction");
        connection.Insert.Transaction = sqliteTx;

        var early = batch.Select(w => w.EarlyMatch).OfType<EarlyMatch>()
            .DistinctBy(m => m.Number)
            .ToDictionary(m => m.Number, m => m.Clients);
        var changes = await StoreAndApplyAsync(db, tx, connection.Insert, batch, early, current.PbxUtcOffsetMinutes, country);
        await tx.CommitAsync();
        Interlocked.Increment(ref _commits);

        foreach (var work in batch)
            work.Done.TrySetResult(new InboxReceipt(work.IsDuplicate));
        return changes;
    }

    /// <summary>
    /// The usual case costs one statement per notification: new rows go in already marked applied, inside the
    /// apply savepoint. If applying fails, the savepoint is undone, the rows go in unapplied and are applied one by
    /// one, so a single bad notification holds back only itself.
    /// </summary>
    private async Task<List<CallChange>> StoreAndApplyAsync(ZadarmaDb db, IDbContextTransaction tx, SqliteCommand insert, List<Work> batch,
        Dictionary<string, Task<IReadOnlyList<Caller>>> early, int offsetMinutes, Country country)
    {
        var retries = await LoadRetriesAsync(db, batch);
        await tx.CreateSavepointAsync(ApplySavepoint);
        List<Stored> events;
        try
        {
            events = [.. await InsertNewAsync(insert, batch, applied: true), .. retries];
            var changes = await ApplyAsync(db, events, early, offsetMinutes, country, retries.Select(r => r.Id).ToList());
            await tx.ReleaseSavepointAsync(ApplySavepoint);
            return changes;
        }
        catch (Exception ex)
        {
            await tx.RollbackToSavepointAsync(ApplySavepoint);
            db.ChangeTracker.Clear();
            events = [.. await InsertNewAsync(insert, batch, applied: false), .. retries];
            if (events.Count == 1)
            {
                await MarkFailedAsync(db, events[0].Id, ex);
                return [];
            }
            logger.LogWarning(ex, "Applying {Count} webhook events together failed; applying them one by one", events.Count);
        }

        var isolated = new List<CallChange>();
        foreach (var single in events)
        {
            await tx.CreateSavepointAsync(ApplySavepoint);
            try
            {
                isolated.AddRange(await ApplyAsync(db, [single], early, offsetMinutes, country, [single.Id]));
                await tx.ReleaseSavepointAsync(ApplySavepoint);
            }
            catch (Exception ex)
            {
                await tx.RollbackToSavepointAsync(ApplySavepoint);
                db.ChangeTracker.Clear();
                await MarkFailedAsync(db, single.Id, ex);
            }
        }
        return isolated;
    }

    /// <summary>
    /// Stores the notifications not seen before. The unique key decides: a repeat, earlier or in this batch,
    /// inserts nothing and is only marked.
    /// </summary>
    private static async Task<List<Stored>> InsertNewAsync(SqliteCommand insert, List<Work> batch, bool applied)
    {
        var stored = new List<Stored>(batch.Count);
        insert.Parameters["$isApplied"].Value = applied;
        foreach (var work in batch)
        {
            if (work.Webhook is not { } webhook)
                continue;
            insert.Parameters["$key"].Value = webhook.Key;
            insert.Parameters["$event"].Value = webhook.Name;
            insert.Parameters["$pbxCallId"].Value = (object?)webhook.PbxCallId ?? DBNull.Value;
            insert.Parameters["$fields"].Value = webhook.FieldsJson();
            insert.Parameters["$receivedUtc"].Value = webhook.ReceivedUtc;
            var id = await insert.ExecuteScalarAsync();
            work.IsDuplicate = id is not long;
            if (id is long newId)
                stored.Add(new Stored(newId, webhook));
        }
        return stored;
    }

    private static async Task<List<Stored>> LoadRetriesAsync(ZadarmaDb db, List<Work> batch)
    {
        var ids = batch.Where(w => w.RetryId is not null).Select(w => w.RetryId!.Value).Distinct().ToList();
        if (ids.Count == 0)
            return [];
        var rows = await db.InboxEvents.AsNoTracking().Where(e => ids.Contains(e.Id) && !e.IsApplied).ToListAsync();
        return rows.Select(r => new Stored(r.Id, WebhookEvent.FromStored(r.Fields, r.ReceivedUtc))).ToList();
    }

    /// <summary>Merges the notifications into their calls and marks the stored rows that were waiting as applied.</summary>
    private async Task<List<CallChange>> ApplyAsync(ZadarmaDb db, List<Stored> events,
        Dictionary<string, Task<IReadOnlyList<Caller>>> early, int offsetMinutes, Country country, List<long> waitingIds)
    {
        try
        {
            var pbxCallIds = events.Select(e => e.Webhook.PbxCallId).OfType<string>().Distinct().ToList();
            var calls = pbxCallIds.Count == 0
                ? []
                : await db.Calls.Where(c => pbxCallIds.Contains(c.PbxCallId)).ToDictionaryAsync(c => c.PbxCallId);
            var numbersBefore = calls.ToDictionary(c => c.Key, c => c.Value.ClientNumber);

            foreach (var (_, webhook) in events)
            {
                if (webhook.PbxCallId is not { } pbxCallId)
                    continue;
                if (!calls.TryGetValue(pbxCallId, out var call))
                {
                    call = new Call { PbxCallId = pbxCallId };
                    calls[pbxCallId] = call;
                    db.Calls.Add(call);
                }
                call.Apply(webhook, offsetMinutes, country, _employeeOfExtension);
            }

            var renumbered = calls.Values
                .Where(c => c.ClientNumber != numbersBefore.GetValueOrDefault(c.PbxCallId))
                .ToList();
            await MatchClientsAsync(renumbered, early);

            db.ChangeTracker.DetectChanges();
            var changed = db.ChangeTracker.Entries<Call>()
                .Where(e => e.State is EntityState.Added or EntityState.Modified)
                .Select(e => e.Entity)
                .ToList();
            await db.SaveChangesAsync();

            if (waitingIds.Count > 0)
            {
                await db.InboxEvents.Where(e => waitingIds.Contains(e.Id)).ExecuteUpdateAsync(s => s
                    .SetProperty(e => e.IsApplied, true)
                    .SetProperty(e => e.LastError, (string?)null)
                    .SetProperty(e => e.NextAttemptUtc, (DateTime?)null));
            }

            db.ChangeTracker.Clear();
            return changed.Select(c => new CallChange(c.Id, c.PbxCallId, c.EmployeeIds.ToList())).ToList();
        }
        catch
        {
            db.ChangeTracker.Clear();
            throw;
        }
    }

    /// <summary>Looks the client up when the call's number first becomes known or changes; all matches are kept.</summary>
    private async Task MatchClientsAsync(List<Call> calls, Dictionary<string, Task<IReadOnlyList<Caller>>> early)
    {
        var lookups = calls
            .Select(c => c.ClientNumber).OfType<string>().Distinct()
            .ToDictionary(n => n, n => early.GetValueOrDefault(n) ?? FindClientsAsync(n));
        await Task.WhenAll(lookups.Values);
        foreach (var call in calls)
        {
            var matches = call.ClientNumber is { } number ? lookups[number].Result : [];
            call.ClientIds = matches.Select(m => m.Id).ToList();
            call.ResponsibleEmployeeId = matches.Select(m => m.ManagerId).FirstOrDefault(e => e is not null);
            call.EmployeeIds = matches.Select(m => m.ManagerId).OfType<int>().Distinct().Order().ToList();
        }
    }

    // The call's number was read from the PBX's report already; parsing it again would cost the writer per call.
    private Task<IReadOnlyList<Caller>> FindClientsAsync(string e164) => callers.FindAsync(PhoneNumber.FromStored(e164)).AsTask();

    /// <summary>
    /// One connection for the writer's lifetime: no pool round trip or pragma per batch, and the insert that runs
    /// for every notification is prepared once.
    /// </summary>
    private async Task<WriterConnection> OpenConnectionAsync()
    {
        if (_connection is { } open)
            return open;
        string connectionString;
        await using (var probe = await dbFactory.CreateDbContextAsync())
            connectionString = probe.Database.GetConnectionString() ?? throw new InvalidOperationException("The database has no connection string");

        var connection = new SqliteConnection(connectionString);
        try
        {
            await connection.OpenAsync();
            await using (var pragma = connection.CreateCommand())
            {
                // A 200 tells Zadarma it may forget the notification, so each commit reaches the disk (synchronous=FULL
                // syncs the log on commit): one sync per batch, not per notification, so power loss cannot take what was
                // acknowledged. Checkpoints are left to the checkpoint loop, off the writer's commits.
                pragma.CommandText = "PRAGMA synchronous=FULL; PRAGMA wal_autocheckpoint=0;";
                await pragma.ExecuteNonQueryAsync();
            }
            var insert = connection.CreateCommand();
            insert.CommandText = """
                INSERT INTO InboxEvents (Key, Event, PbxCallId, Fields, ReceivedUtc, IsApplied, Attempts)
                VALUES ($key, $event, $pbxCallId, $fields, $receivedUtc, $isApplied, 0)
                ON CONFLICT (Key) DO NOTHING
                RETURNING Id
                """;
            insert.Parameters.Add("$key", SqliteType.Text);
            insert.Parameters.Add("$event", SqliteType.Text);
            insert.Parameters.Add("$pbxCallId", SqliteType.Text);
            insert.Parameters.Add("$fields", SqliteType.Text);
            insert.Parameters.Add("$receivedUtc", SqliteType.Text);
            insert.Parameters.Add("$isApplied", SqliteType.Integer);
            await insert.PrepareAsync();
            var options = new DbContextOptionsBuilder<ZadarmaDb>().UseSqlite(connection).Options;
            _connectionString = connectionString;
            return _connection = new WriterConnection(connection, insert, options);
        }
        catch
        {
            await connection.DisposeAsync();
            throw;
        }
    }

    private async Task CloseConnectionAsync()
    {
        if (_connection is not { } open)
            return;
        _connection = null;
        await open.Insert.DisposeAsync();
        await open.Connection.DisposeAsync();
    }

    private async Task MarkFailedAsync(ZadarmaDb db, long id, Exception error)
    {
        var row = await db.InboxEvents.SingleAsync(e => e.Id == id);
        row.Attempts++;
        var message = $"{error.GetType().Name}: {error.Message}";
        row.LastError = message.Length > 1000 ? message[..1000] : message;
        var backoff = TimeSpan.FromSeconds(Math.Min(MaxBackoff.TotalSeconds, Math.Pow(2, row.Attempts)));
        row.NextAttemptUtc = clock.GetUtcNow().UtcDateTime + backoff;
        await db.SaveChangesAsync();
        db.ChangeTracker.Clear();
        logger.LogWarning(error, "Webhook event {InboxId} {Event} for {PbxCallId} could not be applied (attempt {Attempts}); retrying after {Backoff}",
            row.Id, row.Event, row.PbxCallId, row.Attempts, backoff);
    }

    private void Publish(List<CallChange> changes)
    {
        foreach (var change in changes)
        {
            try
            {
                callEvents.CallChanged(change);
            }
            catch (Exception ex)
            {
                logger.LogError(ex, "A subscriber failed on the change of call {CallId} {PbxCallId}", change.CallId, change.PbxCallId);
            }
        }
    }

    private sealed record Stored(long Id, WebhookEvent Webhook);

    private sealed record EarlyMatch(string Number, Task<IReadOnlyList<Caller>> Clients);

    private sealed record WriterConnection(SqliteConnection Connection, SqliteCommand Insert, DbContextOptions<ZadarmaDb> Options);

    private sealed class Work(WebhookEvent? webhook, long? retryId)
    {
        public WebhookEvent? Webhook { get; } = webhook;
        public long? RetryId { get; } = retryId;
        public bool IsDuplicate { get; set; }
        public EarlyMatch? EarlyMatch { get; init; }
        public TaskCompletionSource<InboxReceipt> Done { get; } = new(TaskCreationOptions.RunContinuationsAsynchronously);
    }
}
