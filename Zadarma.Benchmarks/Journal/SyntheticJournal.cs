using System.Diagnostics;
using System.Security.Cryptography;
using System.Text;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using Zadarma.Core.Calls;
using Zadarma.Core.Directory;
using Zadarma.Core.Persistence;
using Zadarma.Core.Webhooks;

namespace Zadarma.Benchmarks.Journal;

/// <summary>
/// A call centre's journal written into a migrated SQLite database: calls over two years, growing towards today, from
/// known clients (a few call often) and unknown numbers, with the results, talk times, recordings and notes of a real
/// mix, and the notifications they were built from. An existing database that is big enough is reused.
/// </summary>
public static class SyntheticJournal
{
    public static readonly TimeSpan Span = TimeSpan.FromDays(730);
    private const int Chunk = 20_000;
    private static readonly string[] Notes = ["Перезвонить после обеда", "Prosi o fakturę za listopad", "Asked for a quote, call back Monday"];

    /// <summary>Fills the journal up to <paramref name="calls"/> calls ending at <paramref name="endUtc"/>; returns the end of the journal kept.</summary>
    public static async Task<DateTime> FillAsync(string folder, IDbContextFactory<ZadarmaDb> factory, int calls, int clients, int employees, double eventsPerCall, DateTime endUtc)
    {
        await SyntheticClients.FillAsync(folder, clients, employees);
        await using (var db = await factory.CreateDbContextAsync())
        {
            if (await db.Calls.CountAsync() >= calls)
                return (await db.Calls.MaxAsync(c => c.StartUtc))!.Value;
        }

        Console.WriteLine($"Creating {calls:N0} calls over {Span.TotalDays} days and their notifications in {folder} ...");
        var watch = Stopwatch.StartNew();
        var random = new Random(2026);
        var start = endUtc - Span;
        for (var from = 0; from < calls; from += Chunk)
        {
            await using var db = await factory.CreateDbContextAsync();
            db.ChangeTracker.AutoDetectChangesEnabled = false;
            var count = Math.Min(Chunk, calls - from);
            db.Calls.AddRange(Enumerable.Range(from, count).Select(n => MakeCall(n, calls, start, clients, employees, random)));
            await db.SaveChangesAsync();
        }
        Console.WriteLine($"Calls in {watch.Elapsed.TotalSeconds:0.0} s");
        await AddNotificationsAsync(folder, calls, eventsPerCall, random);
        Console.WriteLine($"Created in {watch.Elapsed.TotalSeconds:0.0} s");
        return endUtc;
    }

    /// <summary>
    /// Call n of <paramref name="calls"/>: later calls come later and more often (a growing business), so the last 30
    /// days hold about 5.4% of all calls.
    /// </summary>
    private static Call MakeCall(int n, int calls, DateTime start, int clients, int employees, Random random)
    {
        var startUtc = start + Span * Math.Pow((n + 0.5) / calls, 0.755);
        var incoming = random.NextDouble() < 0.65;
        var known = random.NextDouble() < 0.85;
        // A few clients call often: squaring a uniform pick crowds it towards the first clients.
        var client = (int)(Math.Pow(random.NextDouble(), 2) * clients);
        var manager = client % employees + 1;
        var number = known ? SyntheticClients.Number(client).E164 : $"+7495{random.Next(10_000_000):0000000}";
        var outcome = random.NextDouble();
        var disposition = incoming
            ? outcome switch { < 0.72 => CallDisposition.Answered, < 0.86 => CallDisposition.NoAnswer, < 0.94 => CallDisposition.Cancel, < 0.98 => CallDisposition.Busy, _ => CallDisposition.Failed }
            : outcome switch { < 0.58 => CallDisposition.Answered, < 0.83 => CallDisposition.NoAnswer, < 0.93 => CallDisposition.Busy, < 0.98 => CallDisposition.Failed, _ => CallDisposition.NoMoney };
        var answered = disposition == CallDisposition.Answered;
        var staff = known && random.NextDouble() < 0.7 ? manager : random.Next(employees) + 1;
        var extension = (99 + staff).ToString();
        var wait = random.Next(2, 40);
        var talk = answered ? (int)Math.Min(3600, -Math.Log(1 - random.NextDouble()) * 180) + 3 : 0;
        var recorded = answered && random.NextDouble() < 0.8;
        var pbxCallId = $"{(incoming ? "in" : "out")}_{1_600_000_000 + n}.{n % 1000}";
        var end = startUtc.AddSeconds(wait + talk);
        return new Call
        {
            PbxCallId = pbxCallId,
            Direction = incoming ? CallDirection.Incoming : CallDirection.Outgoing,
            EventsSeen = incoming
                ? WebhookEventType.NotifyStart | WebhookEventType.NotifyEnd | (answered ? WebhookEventType.NotifyAnswer : 0) | (recorded ? WebhookEventType.NotifyRecord : 0)
                : WebhookEventType.NotifyOutStart | WebhookEventType.NotifyOutEnd | (recorded ? WebhookEventType.NotifyRecord : 0),
            ClientNumberRaw = number.TrimStart('+'),
            ClientNumberRank = 1,
            ClientNumber = number,
            ClientNumberReversed = PhoneNumber.Reverse(number[1..]),
            Did = "74951234567",
            Extensions = [extension],
            AnsweredBy = answered ? extension : null,
            AnsweredByEmployeeId = answered ? staff : null,
            StaffEmployeeIds = [staff],
            ClientIds = known ? [client + 1] : [],
            ResponsibleEmployeeId = known ? manager : null,
            EmployeeIds = known ? [manager] : [],
            StartUtc = startUtc,
            AnsweredUtc = answered ? startUtc.AddSeconds(wait) : null,
            EndedUtc = end,
            WaitSeconds = wait,
            DurationSeconds = wait + talk,
            TalkSeconds = talk,
            Disposition = disposition,
            DispositionRaw = disposition.ToString().ToLowerInvariant(),
            StatusCode = 16,
            IsRecorded = recorded,
            RecordingIds = recorded ? [$"{pbxCallId}.rec"] : [],
            Note = random.NextDouble() < 0.04 ? Notes[n % Notes.Length] : null,
        };
    }

    /// <summary>About <paramref name="eventsPerCall"/> applied notifications per call, with form fields the size real ones have.</summary>
    private static async Task AddNotificationsAsync(string folder, int calls, double eventsPerCall, Random random)
    {
        await using var connection = new SqliteConnection(Database.ConnectionString(folder));
        await connection.OpenAsync();
        await using var read = connection.CreateCommand();
        read.CommandText = "SELECT PbxCallId, StartUtc, ClientNumberRaw, EndedUtc FROM Calls ORDER BY Id";
        var rows = new List<(string Id, string Start, string Number, string End)>(calls);
        await using (var reader = await read.ExecuteReaderAsync())
        {
            while (await reader.ReadAsync())
                rows.Add((reader.GetString(0), reader.GetString(1), reader.GetString(2), reader.GetString(3)));
        }

        await using var insert = connection.CreateCommand();
        insert.CommandText = "INSERT INTO InboxEvents (Key, Event, PbxCallId, Fields, ReceivedUtc, IsApplied, Attempts) VALUES ($key, $event, $call, $fields, $at, 1, 0)";
        var key = insert.Parameters.Add("$key", SqliteType.Text);
        var name = insert.Parameters.Add("$event", SqliteType.Text);
        var call = insert.Parameters.Add("$call", SqliteType.Text);
        var fields = insert.Parameters.Add("$fields", SqliteType.Text);
        var at = insert.Parameters.Add("$at", SqliteType.Text);
        string[] kinds = ["NOTIFY_START", "NOTIFY_END", "NOTIFY_ANSWER", "NOTIFY_RECORD", "NOTIFY_INTERNAL"];
        var transaction = connection.BeginTransaction();
        insert.Transaction = transaction;
        for (var i = 0; i < rows.Count; i++)
        {
            var row = rows[i];
            var events = (int)eventsPerCall + (random.NextDouble() < eventsPerCall % 1 ? 1 : 0);
            for (var k = 0; k < events; k++)
            {
                var kind = kinds[Math.Min(k, kinds.Length - 1)];
                key.Value = Convert.ToHexString(SHA256.HashData(Encoding.UTF8.GetBytes($"{kind}|{row.Id}|{k}")));
                name.Value = kind;
                call.Value = row.Id;
                fields.Value = $$"""{"event":"{{kind}}","call_start":"{{row.Start}}","pbx_call_id":"{{row.Id}}","caller_id":"{{row.Number}}","called_did":"74951234567","internal":"{{100 + k}}","disposition":"answered","status_code":"16","is_recorded":"1","duration":"{{k * 37}}"}""";
                at.Value = k == 0 ? row.Start : row.End;
                await insert.ExecuteNonQueryAsync();
            }
            if (i % 100_000 == 99_999)
            {
                await transaction.CommitAsync();
                await transaction.DisposeAsync();
                transaction = connection.BeginTransaction();
                insert.Transaction = transaction;
            }
        }
        await transaction.CommitAsync();
        await transaction.DisposeAsync();
    }
}
