using System.Net;
using Zadarma.Core.Accounts;
using Zadarma.Core.Calls;
using Zadarma.Core.Directory;
using Zadarma.Core.Pbx;
using Zadarma.Core.Recordings;
using Zadarma.Core.Sandbox;
using Zadarma.Core.Settings;
using Zadarma.Tests.Infrastructure;

namespace Zadarma.Tests.Web.Recordings;

/// <summary>
/// The real app with an admin, a supervisor, agent Olga on extension 100 and agent Ivan on 101, and calls the
/// sandbox PBX plays and records.
/// </summary>
public static class RecordingScenario
{
    public const string Supervisor = "sofia";
    public const string Agent = "olga";
    public const string OtherAgent = "ivan";

    public static async Task<TestApp> StartAsync(IReadOnlyDictionary<string, string?>? settings = null, Action<Microsoft.Extensions.DependencyInjection.IServiceCollection>? services = null)
    {
        var app = await TestApp.StartAsync(settings, services);
        await app.CreateUserAsync("admin", Role.Admin);
        await app.CreateUserAsync(Supervisor, Role.Supervisor);
        await app.Get<ExtensionStore>().MergeAsync([new("100", "Sales"), new("101", "Support"), new("102", "Office")]);
        await AgentOnAsync(app, Agent, "Olga Petrova", "100");
        await AgentOnAsync(app, OtherAgent, "Ivan Sokolov", "101");
        return app;
    }

    /// <summary>An answered call taken by <paramref name="extension"/>, once the journal knows its recording.</summary>
    public static async Task<Call> RecordedCallAsync(TestApp app, int extension = 100)
    {
        var pbxCallId = await app.Get<SandboxCalls>().SimulateIncomingAsync("+7 999 123-45-67", [extension], IncomingCallOutcome.Answered, TimeSpan.Zero);
        var journal = app.Get<CallJournal>();
        Call? recorded = null;
        await Eventually.HoldsAsync(
            async () => (recorded = await journal.FindAsync(pbxCallId)) is { RecordingIds.Count: > 0, AnsweredBy: not null, IsEnded: true },
            $"call {pbxCallId} in the journal with its recording", TimeSpan.FromSeconds(15));
        return recorded!;
    }

    public static async Task SetAsync(TestApp app, bool remote, bool agentsMayListen = false)
    {
        var store = app.Get<SettingsStore>();
        var settings = await store.GetAsync();
        settings.PlayRecordingsRemotely = remote;
        settings.AgentsMayListenToOwnCalls = agentsMayListen;
        await store.SaveAsync(settings);
    }

    /// <summary>A client signed in through the real form, which keeps its cookie and does not follow redirects.</summary>
    public static async Task<HttpClient> SignInAsync(TestApp app, string userName)
    {
        var client = new HttpClient(new HttpClientHandler { AllowAutoRedirect = false, CookieContainer = new CookieContainer() }) { BaseAddress = app.Address };
        var response = await AppFactory.PostSignInAsync(client, userName, TestApp.AdminPassword);
        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        return client;
    }

    public static async Task<IReadOnlyList<RecordingAudit>> AuditAsync(TestApp app) =>
        (await app.Get<RecordingAuditLog>().PageAsync(new Core.Paging.PageRequest(Take: 100))).Items;

    private static async Task AgentOnAsync(TestApp app, string userName, string name, string extension)
    {
        var user = await app.CreateUserAsync(userName, Role.Agent);
        var employee = await app.Get<EmployeeStore>().SaveAsync(new EmployeeEdit { Name = name });
        await app.Get<UserAccounts>().UpdateAsync(user.Id, Role.Agent, isActive: true, employee);
        await app.Get<ExtensionStore>().MapAsync(extension, employee);
    }
}
