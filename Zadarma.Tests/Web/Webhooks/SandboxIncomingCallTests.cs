using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.AspNetCore.TestHost;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Zadarma.Core.Calls;
using Zadarma.Core.Directory;
using Zadarma.Core.Pbx;
using Zadarma.Core.Persistence;
using Zadarma.Core.Sandbox;
using Zadarma.Tests.Infrastructure;

namespace Zadarma.Tests.Web.Webhooks;

/// <summary>The sandbox's incoming call, posted to the app's own receiver under the test server, end to end into the journal.</summary>
public sealed class SandboxIncomingCallTests : IAsyncLifetime
{
    private readonly AppFactory _factory = new AppFactory().With("Sandbox:AppUrl", "http://localhost/");
    private WebApplicationFactory<Program> _app = default!;

    public Task InitializeAsync()
    {
        // The sandbox's webhooks go through the test server, as they go over loopback to a running app.
        _app = _factory.WithWebHostBuilder(b => b.ConfigureTestServices(services =>
            services.AddHttpClient(SandboxWebhookSender.HttpClientName).ConfigurePrimaryHttpMessageHandler(() => _app.Server.CreateHandler())));
        return Task.CompletedTask;
    }

    public async Task DisposeAsync()
    {
        await _app.DisposeAsync();
        await _factory.DisposeAsync();
    }

    [Fact]
    public async Task The_sandbox_incoming_call_makes_one_complete_journal_entry()
    {
        var services = _app.Services;
        var olga = await services.GetRequiredService<EmployeeStore>().SaveAsync(new EmployeeEdit { Name = "Olga Petrova" });
        await services.GetRequiredService<ExtensionStore>().MergeAsync([new FetchedExtension("100", "Reception"), new FetchedExtension("101", "Sales")]);
        await services.GetRequiredService<ExtensionStore>().MapAsync("100", olga);
        var saved = await services.GetRequiredService<ClientStore>().SaveAsync(new ClientEdit
        {
            Name = "Dmitry Volkov",
            ResponsibleEmployeeId = olga,
            Phones = [new PhoneEdit { Number = "+7 999 123 45 67" }],
        });
        var started = DateTime.UtcNow;

        var pbxCallId = await services.GetRequiredService<SandboxCalls>()
            .SimulateIncomingAsync("79991234567", [101, 100], IncomingCallOutcome.Answered, TimeSpan.Zero);

        Call? call = null;
        await Eventually.HoldsAsync(async () => (call = await services.GetRequiredService<CallJournal>().FindAsync(pbxCallId)) is { IsEnded: true, RecordingIds.Count: 1 },
            "the call is ended and its recording known", TimeSpan.FromSeconds(10));
        Assert.NotNull(call);
        Assert.Equal(CallDirection.Incoming, call.Direction);
        Assert.Equal("+79991234567", call.ClientNumber);
        Assert.Equal(SandboxPbx.Did, call.Did);
        Assert.Equal([saved.Id!.Value], call.ClientIds);
        Assert.Equal(olga, call.ResponsibleEmployeeId);
        Assert.Equal(["100", "101"], call.Extensions);
        Assert.Equal(("101", (int?)null), (call.AnsweredBy, call.AnsweredByEmployeeId));
        Assert.Equal([olga], call.StaffEmployeeIds);
        Assert.Equal(CallDisposition.Answered, call.Disposition);
        Assert.Equal(16, call.StatusCode);
        Assert.True(call.TalkSeconds > 0);
        Assert.True(call.IsRecorded);
        // call_start is in the PBX's time zone; the journal has it in UTC, to the second.
        Assert.InRange(call.StartUtc!.Value, started.AddSeconds(-2), DateTime.UtcNow);
        Assert.NotNull(call.AnsweredUtc);
        Assert.NotNull(call.EndedUtc);

        await using var db = await services.GetRequiredService<IDbContextFactory<ZadarmaDb>>().CreateDbContextAsync();
        var stored = await db.InboxEvents.Where(e => e.PbxCallId == pbxCallId).Select(e => new { e.Event, e.IsApplied }).ToListAsync();
        Assert.Equal(["NOTIFY_ANSWER", "NOTIFY_END", "NOTIFY_INTERNAL", "NOTIFY_INTERNAL", "NOTIFY_RECORD", "NOTIFY_START"], stored.Select(e => e.Event).Order());
        Assert.All(stored, e => Assert.True(e.IsApplied));
        Assert.Equal(1, await db.Calls.CountAsync());
    }
}
