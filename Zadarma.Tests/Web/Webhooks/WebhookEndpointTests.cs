using System.Net;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Zadarma.Core.Calls;
using Zadarma.Core.Persistence;
using Zadarma.Core.Webhooks;
using Zadarma.Tests.Infrastructure;
using static Zadarma.Tests.Unit.Webhooks.Notifications;

namespace Zadarma.Tests.Web.Webhooks;

public sealed class WebhookEndpointTests : IClassFixture<WebhookEndpointTests.App>
{
    private const string Caller = "79991234567";
    private readonly App _app;
    private readonly HttpClient _client;

    public WebhookEndpointTests(App app)
    {
        _app = app;
        _client = app.CreateClient(new WebApplicationFactoryClientOptions { AllowAutoRedirect = false });
    }

    [Fact]
    public async Task Echo_on_GET_returns_exactly_the_token()
    {
        var response = await _client.GetAsync(Url + "?zd_echo=abc123XYZ");
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("text/plain", response.Content.Headers.ContentType?.MediaType);
        Assert.Equal("abc123XYZ", await response.Content.ReadAsStringAsync());
    }

    [Fact]
    public async Task Echo_on_POST_returns_the_token_from_query_or_form()
    {
        var byQuery = await _client.PostAsync(Url + "?zd_echo=q-token", new FormUrlEncodedContent([]));
        Assert.Equal("q-token", await byQuery.Content.ReadAsStringAsync());

        var byForm = await _client.PostAsync(Url, new FormUrlEncodedContent([KeyValuePair.Create("zd_echo", "f-token")]));
        Assert.Equal(HttpStatusCode.OK, byForm.StatusCode);
        Assert.Equal("f-token", await byForm.Content.ReadAsStringAsync());
    }

    [Fact]
    public async Task A_signed_call_from_start_to_end_makes_one_complete_call()
    {
        const string id = "in_web_complete";
        var events = new[]
        {
            End(id, Caller, "100", "answered", 42, recording: "rec-1"), Start(id, Caller), Internal(id, Caller, "100"),
            Answer(id, Caller, "100"), Start(id, Caller), Record(id, "rec-1"),
        };
        foreach (var fields in events)
        {
            var response = await PostAsync(fields);
            Assert.Equal(HttpStatusCode.OK, response.StatusCode);
            Assert.Equal("", await response.Content.ReadAsStringAsync());
        }

        var call = await _app.Services.GetRequiredService<CallJournal>().FindAsync(id);
        Assert.NotNull(call);
        Assert.Equal(CallDirection.Incoming, call.Direction);
        Assert.Equal("+79991234567", call.ClientNumber);
        Assert.Equal("100", call.AnsweredBy);
        Assert.Equal(CallDisposition.Answered, call.Disposition);
        Assert.Equal(42, call.TalkSeconds);
        Assert.Equal(new DateTime(2024, 1, 15, 7, 0, 0, DateTimeKind.Utc), call.StartUtc);
        Assert.Equal(["rec-1"], call.RecordingIds);
        Assert.Equal(5, await CountStoredAsync(id));
    }

    [Fact]
    public async Task A_bad_signature_is_refused_and_nothing_is_stored()
    {
        const string id = "in_web_forged";
        var forged = await PostAsync(Start(id, Caller), signature: Sign(Start(id, Caller), "wrong-secret"));
        var unsigned = await PostAsync(Start(id, Caller), signature: null);
        var tampered = await PostAsync(Start(id, "79990000000"), signature: Sign(Start(id, Caller)));

        foreach (var response in new[] { forged, unsigned, tampered })
        {
            Assert.Equal(HttpStatusCode.Unauthorized, response.StatusCode);
            Assert.Equal("", await response.Content.ReadAsStringAsync());
        }
        Assert.Equal(0, await CountStoredAsync(id));
    }

    [Fact]
    public async Task Missing_or_malformed_fields_are_a_400_with_the_reason()
    {
        var noEvent = await _client.PostAsync(Url, new FormUrlEncodedContent([KeyValuePair.Create("pbx_call_id", "in_x")]));
        Assert.Equal(HttpStatusCode.BadRequest, noEvent.StatusCode);
        Assert.Contains("event", await noEvent.Content.ReadAsStringAsync());

        var noId = Start("", Caller);
        var missing = await PostAsync(noId);
        Assert.Equal(HttpStatusCode.BadRequest, missing.StatusCode);
        Assert.Contains("pbx_call_id", await missing.Content.ReadAsStringAsync());

        var badStart = await PostAsync(Start("in_web_bad_start", Caller, callStart: "yesterday"));
        Assert.Equal(HttpStatusCode.BadRequest, badStart.StatusCode);
        Assert.Contains("call_start", await badStart.Content.ReadAsStringAsync());
    }

    [Fact]
    public async Task An_unknown_event_is_accepted_and_stored()
    {
        const string id = "in_web_unknown";
        var fields = Fields(("event", "NOTIFY_INTERNAL_END"), ("call_start", CallStart), ("pbx_call_id", id),
            ("caller_id", Caller), ("called_did", Did), ("internal", "100"), ("dst_e164", "+74951234567"));

        var response = await PostAsync(fields);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        await using var db = await _app.Services.GetRequiredService<IDbContextFactory<ZadarmaDb>>().CreateDbContextAsync();
        var stored = await db.InboxEvents.SingleAsync(e => e.PbxCallId == id);
        Assert.Equal("NOTIFY_INTERNAL_END", stored.Event);
        Assert.Contains("dst_e164", stored.Fields);
        Assert.True(stored.IsApplied);
    }

    [Fact]
    public async Task An_unknown_kind_no_signing_rule_verifies_is_kept_aside_and_never_applied()
    {
        const string id = "in_web_speech";
        var fields = Fields(("event", "SPEECH_RECOGNITION"), ("pbx_call_id", id), ("result", "Здравствуйте, это Дмитрий"));

        var response = await PostAsync(fields, "c29tZSBzaWduYXR1cmUgb2YgYSBzaGFwZSB3ZSBkbyBub3Qga25vdw==");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        await using var db = await _app.Services.GetRequiredService<IDbContextFactory<ZadarmaDb>>().CreateDbContextAsync();
        var kept = await db.UnverifiedEvents.SingleAsync(e => e.Fields.Contains(id));
        Assert.Equal("SPEECH_RECOGNITION", kept.Event);
        Assert.Contains("Здравствуйте", System.Text.Json.JsonSerializer.Deserialize<string[][]>(kept.Fields)!.Single(f => f[0] == "result")[1]);
        Assert.Equal(0, await CountStoredAsync(id));
        Assert.False(await db.Calls.AnyAsync(c => c.PbxCallId == id));
    }

    [Fact]
    public async Task A_new_notify_kind_or_an_unknown_kind_without_a_signature_is_refused_and_nothing_kept()
    {
        var newNotify = Fields(("event", "NOTIFY_SOMETHING_NEW"), ("pbx_call_id", "in_web_new"), ("text", "x"));
        var unsigned = Fields(("event", "SPEECH_RECOGNITION"), ("pbx_call_id", "in_web_unsigned"), ("result", "x"));

        Assert.Equal(HttpStatusCode.Unauthorized, (await PostAsync(newNotify, "c29tZXRoaW5n")).StatusCode);
        Assert.Equal(HttpStatusCode.Unauthorized, (await PostAsync(unsigned, null)).StatusCode);

        await using var db = await _app.Services.GetRequiredService<IDbContextFactory<ZadarmaDb>>().CreateDbContextAsync();
        Assert.False(await db.UnverifiedEvents.AnyAsync(e => e.Fields.Contains("in_web_new") || e.Fields.Contains("in_web_unsigned")));
        Assert.Equal(0, await CountStoredAsync("in_web_new") + await CountStoredAsync("in_web_unsigned"));
    }

    [Fact]
    public async Task Unverified_notifications_past_the_limit_of_the_minute_get_429()
    {
        await using var app = new AppFactory().With("Sandbox:Secret", Secret).With("Zadarma:Webhooks:UnverifiedPerMinute", "2");
        using var client = app.CreatePlainClient();
        var statuses = new List<HttpStatusCode>();
        for (var i = 0; i < 4; i++)
        {
            using var response = await client.SendAsync(Post(Fields(("event", "SPEECH_RECOGNITION"), ("pbx_call_id", $"in_flood_{i}")), "c29tZXRoaW5n"));
            statuses.Add(response.StatusCode);
        }

        Assert.Equal([HttpStatusCode.OK, HttpStatusCode.OK, HttpStatusCode.TooManyRequests, HttpStatusCode.TooManyRequests], statuses);
        await using var db = await app.Get<IDbContextFactory<ZadarmaDb>>().CreateDbContextAsync();
        Assert.Equal(2, await db.UnverifiedEvents.CountAsync());
    }

    [Fact]
    public async Task A_repeat_is_acknowledged_and_stored_once()
    {
        const string id = "in_web_repeat";
        Assert.Equal(HttpStatusCode.OK, (await PostAsync(Start(id, Caller))).StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await PostAsync(Start(id, Caller))).StatusCode);
        Assert.Equal(1, await CountStoredAsync(id));
    }

    [Fact]
    public async Task An_oversized_body_is_refused()
    {
        var fields = Start("in_web_big", Caller);
        fields.Add(KeyValuePair.Create("padding", new string('x', 70_000)));
        Assert.Equal(HttpStatusCode.RequestEntityTooLarge, (await PostAsync(fields)).StatusCode);
    }

    private Task<HttpResponseMessage> PostAsync(List<KeyValuePair<string, string>> fields) => _client.SendAsync(Post(fields));

    private Task<HttpResponseMessage> PostAsync(List<KeyValuePair<string, string>> fields, string? signature) =>
        _client.SendAsync(Post(fields, signature));

    private async Task<int> CountStoredAsync(string pbxCallId)
    {
        await using var db = await _app.Services.GetRequiredService<IDbContextFactory<ZadarmaDb>>().CreateDbContextAsync();
        return await db.InboxEvents.CountAsync(e => e.PbxCallId == pbxCallId);
    }

    public sealed class App : WebApplicationFactory<Program>
    {
        private readonly string _dataPath = Path.Combine(Path.GetTempPath(), "zadarma-web-" + Guid.NewGuid().ToString("N"));

        protected override void ConfigureWebHost(Microsoft.AspNetCore.Hosting.IWebHostBuilder builder)
        {
            builder.UseSetting("DataPath", _dataPath);
            builder.UseSetting("Sandbox:Secret", Secret);
        }

        public override async ValueTask DisposeAsync()
        {
            await base.DisposeAsync();
            Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
            if (System.IO.Directory.Exists(_dataPath))
                System.IO.Directory.Delete(_dataPath, recursive: true);
        }
    }
}
