using System.Net;
using System.Net.Http.Headers;
using System.Text;
using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Options;
using Zadarma.Core.Accounts;
using Zadarma.Core.Api;
using Zadarma.Core.Calls;
using Zadarma.Core.Recordings;
using Zadarma.Tests.Infrastructure;
using Zadarma.Tests.Unit.Api;

namespace Zadarma.Tests.Unit.Recordings;

/// <summary>
/// <see cref="CallRecordings"/> over a real database, a scripted Zadarma API (link requests) and scripted storage
/// (the files behind the links), on a clock the test moves.
/// </summary>
public sealed class RecordingFixture : IAsyncDisposable
{
    public const string RecordingId = "1705309200.12345";
    public static readonly RecordingListener Supervisor = new(1, "sofia", Role.Supervisor);

    private RecordingFixture(TestDatabase db, RecordingOptions options, ScriptedHandler api, ScriptedHandler storage, TestClock clock)
    {
        Clock = clock;
        Db = db;
        Options = options;
        Api = api;
        Storage = storage;
        var zadarma = TestZadarma.Client(api,
            new FixedAccount(new ZadarmaCredentials(new Uri("http://pbx.test/"), "key", "0123456789abcdef0123")),
            new ZadarmaApiOptions { RetryDelay = TimeSpan.Zero }, new ZadarmaRateLimits(100, 3, Clock));
        var wrapped = Microsoft.Extensions.Options.Options.Create(options);
        Links = new RecordingLinkCache(Clock, wrapped);
        Copies = new RecordingCopies(new StorageClients(storage), wrapped, NullLogger<RecordingCopies>.Instance);
        Recordings = new CallRecordings(
            new CallJournal(db.Factory),
            new RecordingAccess(db.Settings, db.Directory),
            Links,
            Copies,
            new RecordingAuditLog(db.Factory, Clock),
            new RecordingFailures(Clock),
            new ContinuedPlays(Clock),
            db.Settings,
            zadarma,
            Clock,
            wrapped,
            NullLogger<CallRecordings>.Instance);
    }

    public TestClock Clock { get; }
    public TestDatabase Db { get; }
    public RecordingOptions Options { get; }
    public ScriptedHandler Api { get; }
    public ScriptedHandler Storage { get; }
    public RecordingLinkCache Links { get; }
    public RecordingCopies Copies { get; }
    public CallRecordings Recordings { get; }

    public static async Task<RecordingFixture> CreateAsync(
        ScriptedHandler storage, ScriptedHandler? api = null, Action<RecordingOptions>? configure = null, bool remote = false, TestClock? clock = null)
    {
        var db = await TestDatabase.CreateAsync();
        var options = new RecordingOptions { Folder = Path.Combine(db.Folder, "recordings"), RetryDelay = TimeSpan.Zero };
        configure?.Invoke(options);
        api ??= new ScriptedHandler(ScriptedHandler.Json(HttpStatusCode.OK,
            """{"status":"success","link":"http://storage.test/rec.mp3","lifetime_till":"2099-01-01 00:00:00"}"""));
        var fixture = new RecordingFixture(db, options, api, storage, clock ?? NewClock());
        var settings = await db.Settings.GetAsync();
        settings.PlayRecordingsRemotely = remote;
        await db.Settings.SaveAsync(settings);
        return fixture;
    }

    public static TestClock NewClock() => new(new DateTimeOffset(2026, 11, 22, 9, 0, 0, TimeSpan.Zero));

    /// <summary>A link reply valid for <paramref name="seconds"/> from the clock's time of the request, written in the PBX's zone (UTC+3).</summary>
    public static Func<HttpRequestMessage, CancellationToken, Task<HttpResponseMessage>> LinkReply(TimeProvider clock, int seconds, string link) => (request, ct) =>
        ScriptedHandler.Json(HttpStatusCode.OK,
            $$"""{"status":"success","link":"{{link}}","lifetime_till":"{{clock.GetUtcNow().UtcDateTime.AddHours(3).AddSeconds(seconds):yyyy-MM-dd HH:mm:ss}}"}""")(request, ct);

    public static Func<HttpRequestMessage, CancellationToken, Task<HttpResponseMessage>> Audio(byte[] bytes, string? contentType = "audio/mpeg", bool declareLength = true) => (_, _) =>
    {
        HttpContent content = declareLength ? new ByteArrayContent(bytes) : new StreamContent(new MemoryStream(bytes));
        if (contentType is not null)
            content.Headers.ContentType = new MediaTypeHeaderValue(contentType);
        return Task.FromResult(new HttpResponseMessage(HttpStatusCode.OK) { Content = content });
    };

    public static Func<HttpRequestMessage, CancellationToken, Task<HttpResponseMessage>> Status(HttpStatusCode status) => (_, _) =>
        Task.FromResult(new HttpResponseMessage(status) { Content = new StringContent("nope", Encoding.UTF8) });

    public static byte[] Mp3(int length = 4000)
    {
        var bytes = new byte[length];
        "ID3"u8.CopyTo(bytes);
        return bytes;
    }

    /// <summary>A recorded call answered by extension 100, as the inbox would have written it.</summary>
    public Task<Call> AddCallAsync(params string[] recordingIds) => AddAsync(recordingIds.Length > 0 ? [.. recordingIds] : [RecordingId]);

    /// <summary>A call the PBX said was recorded without naming a recording: Zadarma lists its legs by <c>pbx_call_id</c>.</summary>
    public Task<Call> AddCallRecordedWithoutIdsAsync() => AddAsync([]);

    private Task<Call> AddAsync(List<string> recordingIds) => Db.AddCallAsync(new Call
    {
        PbxCallId = "in_" + Guid.NewGuid().ToString("N"),
        Direction = CallDirection.Incoming,
        AnsweredBy = "100",
        Extensions = ["100"],
        IsRecorded = true,
        RecordingIds = recordingIds,
        Disposition = CallDisposition.Answered,
    });

    public static Func<HttpRequestMessage, CancellationToken, Task<HttpResponseMessage>> LinksReply(params string[] links) =>
        ScriptedHandler.Json(HttpStatusCode.OK, System.Text.Json.JsonSerializer.Serialize(new { status = "success", links, lifetime_till = "2099-01-01 00:00:00" }));

    public static Func<HttpRequestMessage, CancellationToken, Task<HttpResponseMessage>> Unreachable() => (_, _) =>
        throw new HttpRequestException("connection refused");

    public int LinkRequests => Api.Sent.Count(s => s.Request.RequestUri!.AbsolutePath.EndsWith("/v1/pbx/record/request/", StringComparison.Ordinal));

    public string[] FilesInFolder() =>
        System.IO.Directory.Exists(Options.Folder) ? System.IO.Directory.GetFiles(Options.Folder) : [];

    public async ValueTask DisposeAsync() => await Db.DisposeAsync();

    private sealed class StorageClients(HttpMessageHandler handler) : IHttpClientFactory
    {
        public HttpClient CreateClient(string name) => new(handler, disposeHandler: false);
    }
}
