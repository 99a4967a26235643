using System.Security.Cryptography;
using System.Text;
using Microsoft.AspNetCore.DataProtection;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Migrations;
using Zadarma.Core.Accounts;
using Zadarma.Core.Directory;
using Zadarma.Core.Persistence;

namespace Zadarma.Tests.Web.Persistence;

/// <summary>
/// A data folder as the last release with only hand-written migrations left it: its schema, a row or two in every
/// table written as that release wrote them, passwords hashed by the app's hasher, and the Zadarma secret protected
/// with the folder's own Data Protection keys. Written in SQL, so it does not follow later changes to the model.
/// </summary>
public static class LastReleaseDataFolder
{
    public const string LastMigration = "20261122000800_UnverifiedEvents";
    public const string AdminPassword = "admin-pass-1";
    public const string AgentName = "Ольга";
    public const string AgentPassword = "agent-pass-1";
    public const string ApiKey = "1a2b3c4d5e6f7a8b9c0d";
    public const string ApiSecret = "0f9e8d7c6b5a4f3e2d1c";

    public static async Task CreateAsync(string dataPath)
    {
        var options = new DbContextOptionsBuilder<ZadarmaDb>().UseSqlite(Database.ConnectionString(dataPath)).Options;
        await using var db = new ZadarmaDb(options);
        await db.GetService<IMigrator>().MigrateAsync(LastMigration);

        var hasher = new PasswordHasher<User>();
        var adminHash = hasher.HashPassword(new User { UserName = "admin" }, AdminPassword);
        var agentHash = hasher.HashPassword(new User { UserName = AgentName }, AgentPassword);
        var agentNormalized = UserNames.Normalize(AgentName);
        var employeeSearch = Employee.ToSearchText("Ольга Петрова");
        var clientSearch = Client.ToSearchText("Анна Иванова", "ООО Ромашка");
        var startKey = KeyOf("NOTIFY_START in_1700000000.1");
        var endKey = KeyOf("NOTIFY_END in_1700000000.1");
        var protectedSecret = ProtectSecret(dataPath);

        await db.Database.ExecuteSqlAsync($$"""
            INSERT INTO Users (Id, UserName, NormalizedUserName, PasswordHash, Role, IsActive, FailedSignIns, LockedUntilUtc, Language, CreatedUtc)
            VALUES (1, 'admin', 'ADMIN', {{adminHash}}, 'Admin', 1, 0, NULL, NULL, '2026-11-01 08:00:00'),
                   (2, {{AgentName}}, {{agentNormalized}}, {{agentHash}}, 'Agent', 1, 2, NULL, 'ru', '2026-11-02 09:30:00');

            INSERT INTO Employees (Id, Name, UserId, IsActive, SearchText)
            VALUES (1, 'Ольга Петрова', 2, 1, {{employeeSearch}}), (2, 'Ivan Smirnov', NULL, 0, 'ivan smirnov');

            INSERT INTO Clients (Id, Name, Company, Notes, ResponsibleEmployeeId, SearchText, CreatedUtc)
            VALUES (1, 'Анна Иванова', 'ООО Ромашка', 'Calls in the morning', 1, {{clientSearch}}, '2026-11-03 10:00:00'),
                   (2, 'Jan Kowalski', NULL, NULL, NULL, 'jan kowalski', '2026-11-04 11:15:30.1234567');
            INSERT INTO ClientPhones (Id, ClientId, Label, E164, ReversedDigits)
            VALUES (1, 1, 'Mobile', '+79991234567', '76543219997'), (2, 1, 'Office', '+74951234567', '76543215947'),
                   (3, 2, '', '+48601234567', '76543210684');

            INSERT INTO Extensions (Id, Number, Name, EmployeeId, IsRemoved, FetchedUtc)
            VALUES (1, '100', 'Olga', 1, 0, '2026-11-20 07:00:00'), (2, '101', NULL, NULL, 1, '2026-11-20 07:00:00');

            INSERT INTO Calls (Id, PbxCallId, Direction, EventsSeen, ClientNumberRaw, ClientNumberRank, ClientNumber, IsAnonymous, Did,
                               Extensions, AnsweredBy, ClientIds, ResponsibleEmployeeId, EmployeeIds, StartUtc, AnsweredUtc, EndedUtc,
                               WaitSeconds, DurationSeconds, TalkSeconds, Disposition, DispositionRaw, StatusCode, IsRecorded, RecordingIds,
                               Note, AnsweredByEmployeeId, StaffEmployeeIds)
            VALUES (1, 'in_1700000000.1', 'Incoming', 154, '79991234567', 2, '+79991234567', 0, '74950000000',
                    '["100","101"]', '100', '[1]', 1, '[1]', '2026-11-21 09:00:00', '2026-11-21 09:00:12', '2026-11-21 09:03:12',
                    12, 180, 180, 'Answered', 'answered', 16, 1, '["1700000000.1"]', 'Wants a callback on Monday', 1, '[1]'),
                   (2, 'out_1700000500.2', 'Outgoing', 96, '48601234567', 3, '+48601234567', 0, NULL,
                    '["100"]', NULL, '[2]', NULL, '[]', '2026-11-21 10:00:00', NULL, '2026-11-21 10:00:30',
                    30, 0, 0, 'NoAnswer', 'no answer', 19, 0, '[]', NULL, NULL, '[1]');

            INSERT INTO InboxEvents (Id, Key, Event, PbxCallId, Fields, ReceivedUtc, IsApplied, Attempts, LastError, NextAttemptUtc)
            VALUES (1, {{startKey}}, 'NOTIFY_START', 'in_1700000000.1',
                    '{"event":"NOTIFY_START","call_start":"2026-11-21 12:00:00","pbx_call_id":"in_1700000000.1","caller_id":"79991234567","called_did":"74950000000"}',
                    '2026-11-21 09:00:01', 1, 0, NULL, NULL),
                   (2, {{endKey}}, 'NOTIFY_END', 'in_1700000000.1',
                    '{"event":"NOTIFY_END","pbx_call_id":"in_1700000000.1","disposition":"answered","duration":"180"}',
                    '2026-11-21 09:03:12', 1, 1, 'database is locked', NULL);

            INSERT INTO UnverifiedEvents (Id, Event, Fields, Signature, Sender, ReceivedUtc)
            VALUES (1, 'NOTIFY_SOMETHING_NEW', '{"event":"NOTIFY_SOMETHING_NEW","pbx_call_id":"in_1700000900.3"}',
                    'c2lnbmF0dXJlLW9mLWFuLXVua25vd24tZXZlbnQ=', '185.45.152.42', '2026-11-21 11:00:00');

            INSERT INTO RecordingAudits (Id, AtUtc, UserId, UserName, CallId, PbxCallId, RecordingId, Action, Source)
            VALUES (1, '2026-11-21 12:00:00', 1, 'admin', 1, 'in_1700000000.1', '1700000000.1', 'Play', 'Remote');

            UPDATE Settings SET DefaultCountry = 'PL', PhoneSuffixDigits = 8, ZadarmaUseSandbox = 0, ZadarmaUrl = 'https://api.zadarma.com',
                ZadarmaKey = {{ApiKey}}, ZadarmaSecretProtected = {{protectedSecret}}, PbxId = '123456', PlayRecordingsRemotely = 0,
                AgentsMayListenToOwnCalls = 1, WebRtcEnabled = 1, WebRtcShape = 'rounded', WebRtcPosition = '{left:''10px'',top:''5px''}',
                RoutingEnabled = 0, RoutingReturnTimeout = 0, SendCallerName = 0, PbxUtcOffsetMinutes = 0
            WHERE Id = 1;
            """);
    }

    /// <summary>As the app protects it: its application name, the keys in the data folder, the secret's own purpose.</summary>
    private static string ProtectSecret(string dataPath)
    {
        var provider = DataProtectionProvider.Create(
            new DirectoryInfo(Path.Combine(dataPath, "keys")), builder => builder.SetApplicationName("Zadarma.Blazor"));
        return provider.CreateProtector("Zadarma.ApiSecret").Protect(ApiSecret);
    }

    private static string KeyOf(string text) => Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(text)));
}
