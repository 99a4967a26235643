using System.Security.Claims;
using AngleSharp.Dom;
using Bunit;
using Bunit.TestDoubles;
using Microsoft.Extensions.DependencyInjection;
using MudBlazor;
using Zadarma.Blazor.Components.Calls;
using Zadarma.Blazor.Components.Recordings;
using Zadarma.Blazor.Components.Telephony;
using Zadarma.Blazor.Time;
using Zadarma.Core.Accounts;
using Zadarma.Core.Calls;
using Zadarma.Core.Directory;
using Zadarma.Core.Recordings;
using Zadarma.Core.Settings;
using Zadarma.Core.Webhooks;
using Zadarma.Tests.Infrastructure;

namespace Zadarma.Tests.Components.Calls;

/// <summary>
/// The journal's screens over a real database, with two employees (Olga, Ivan) and their clients, call events raised by
/// hand, and the recording player and call button stubbed: they have their own tests. Each test starts with
/// <see cref="UseCallsAsync"/>.
/// </summary>
public abstract class CallsTest : ComponentTest
{
    protected static readonly DateTime Now = DateTime.UtcNow;

    private BunitAuthorizationContext _auth = default!;

    protected CountedCallEvents Events { get; } = new();

    /// <summary>What a prerendered page hands to its circuit.</summary>
    protected BunitPersistentComponentState PageState { get; private set; } = default!;
    protected TestDatabase Db { get; private set; } = default!;
    protected int Olga { get; private set; }
    protected int Ivan { get; private set; }
    protected int Dmitry { get; private set; }
    protected int Marta { get; private set; }

    /// <summary>Sets the database and services up, with <paramref name="more"/> of a screen's own; each test calls it first.</summary>
    protected async Task UseCallsAsync(Action<IServiceCollection>? more = null)
    {
        Db = await UseDatabaseAsync();
        _auth = AddAuthorization();
        Services.AddSingleton<ICallEvents>(Events);
        Services.AddSingleton(new CallList(Db.Factory, Db.Settings));
        Services.AddSingleton(new CallJournal(Db.Factory));
        Services.AddSingleton<CallEdits>();
        Services.AddSingleton(new RecordingAccess(Db.Settings, Db.Directory));
        ComponentFactories.AddStub<RecordingPlayer>();
        ComponentFactories.AddStub<ClickToCallButton>();
        more?.Invoke(Services);
        PageState = AddBunitPersistentComponentState();
        // As in a live circuit, where the list subscribes to call events.
        SetRendererInfo(new Microsoft.AspNetCore.Components.RendererInfo("Server", isInteractive: true));

        Olga = await Db.Employees.SaveAsync(new EmployeeEdit { Name = "Olga Petrova" });
        Ivan = await Db.Employees.SaveAsync(new EmployeeEdit { Name = "Ivan Sokolov" });
        Dmitry = await Db.AddClientAsync("Dmitry Volkov", Olga, "+79991234567");
        Marta = await Db.AddClientAsync("Marta Nowak", Ivan, "+48601234567");
    }

    /// <summary>The list's rows of calls, newest first unless sorted otherwise.</summary>
    protected static IReadOnlyList<IElement> Rows(IRenderedComponent<CallGrid> grid) =>
        grid.FindAll(".calls-grid tbody tr").Where(r => r.QuerySelector("a.call-time") is not null).ToList();

    /// <summary>Where each row leads: which calls are shown, in order.</summary>
    protected static IReadOnlyList<string> Links(IRenderedComponent<CallGrid> grid) =>
        Rows(grid).Select(r => r.QuerySelector("a.call-time")!.GetAttribute("href")!).ToList();

    /// <summary>The texts a filter's list offers, opened as a person would.</summary>
    protected static async Task<IReadOnlyList<IElement>> OpenListAsync<T>(
        IRenderedComponent<T> rendered, IRenderedComponent<MudPopoverProvider> popovers, string filter) where T : Microsoft.AspNetCore.Components.IComponent
    {
        await rendered.Find($".{filter}").MouseDownAsync(new());
        return popovers.WaitForElements(".mud-popover-open .mud-list-item");
    }

    /// <summary>Picks <paramref name="item"/> in the filter whose class is <paramref name="filter"/>.</summary>
    protected static async Task ChooseAsync<T>(
        IRenderedComponent<T> rendered, IRenderedComponent<MudPopoverProvider> popovers, string filter, string item) where T : Microsoft.AspNetCore.Components.IComponent =>
        await (await OpenListAsync(rendered, popovers, filter)).Single(i => i.TextContent.Trim() == item).ClickAsync(new());

    /// <summary>Signs in as the circuit does; an agent is linked to <paramref name="employeeId"/>.</summary>
    protected async Task SignInAsync(Role role, int? employeeId = null, string? userName = null)
    {
        userName ??= role.ToString().ToLowerInvariant();
        var user = await Services.GetRequiredService<UserAccounts>().CreateAsync(userName, "correct horse 1", role);
        if (employeeId is { } employee)
            Assert.True(await Db.Employees.LinkUserAsync(user.Id, employee));
        _auth.SetAuthorized(userName).SetRoles(role.ToString())
            .SetClaims(new Claim(ClaimTypes.NameIdentifier, user.Id.ToString(System.Globalization.CultureInfo.InvariantCulture)));
    }

    protected Task AllowAgentsToListenAsync() => Db.Settings.UpdateAsync(s => s.AgentsMayListenToOwnCalls = true);

    /// <summary>Shows times in this zone, as the user's setting or browser would.</summary>
    protected void UseTimeZone(string zone) => Services.GetRequiredService<UserTime>().Use(zone, 0);

    /// <summary>An incoming call from a client, as the inbox leaves it once it ended.</summary>
    protected Task<Call> AddIncomingAsync(int client, int manager, string number, DateTime startUtc, string? answeredBy = null,
        int? answeredByEmployee = null, CallDisposition? disposition = null, string? note = null, bool recorded = false) =>
        Db.AddCallAsync(new Call
        {
            PbxCallId = $"in_{Guid.NewGuid():N}",
            Direction = CallDirection.Incoming,
            EventsSeen = WebhookEventType.NotifyStart | WebhookEventType.NotifyEnd,
            ClientNumber = number,
            ClientNumberRaw = number.TrimStart('+'),
            ClientIds = [client],
            ResponsibleEmployeeId = manager,
            EmployeeIds = [manager],
            Extensions = answeredBy is null ? ["100"] : [answeredBy],
            AnsweredBy = answeredBy,
            AnsweredByEmployeeId = answeredByEmployee,
            StaffEmployeeIds = answeredByEmployee is { } staff ? [staff] : [],
            StartUtc = startUtc,
            EndedUtc = startUtc.AddMinutes(2),
            WaitSeconds = 5,
            TalkSeconds = answeredBy is null ? 0 : 115,
            DurationSeconds = answeredBy is null ? 0 : 115,
            Disposition = disposition ?? (answeredBy is null ? CallDisposition.NoAnswer : CallDisposition.Answered),
            DispositionRaw = (disposition ?? (answeredBy is null ? CallDisposition.NoAnswer : CallDisposition.Answered)).ToString().ToLowerInvariant(),
            IsRecorded = recorded,
            RecordingIds = recorded ? ["rec-1"] : [],
            Note = note,
        });

    /// <summary>Announces a call as the inbox does, from another thread, whose culture is not the user's.</summary>
    protected Task AnnounceAsync(Call call) => Task.Run(() =>
    {
        System.Globalization.CultureInfo.CurrentCulture = System.Globalization.CultureInfo.CurrentUICulture =
            System.Globalization.CultureInfo.InvariantCulture;
        Events.CallChanged(new CallChange(call.Id, call.PbxCallId, call.EmployeeIds));
    });

    /// <summary>The app's announcements, counting who listens: a closed list must stop listening.</summary>
    protected sealed class CountedCallEvents : ICallEvents
    {
        private readonly CallEvents _events = new();

        public int Listeners { get; private set; }

        public event Action<CallChange>? Changed
        {
            add
            {
                _events.Changed += value;
                Listeners++;
            }
            remove
            {
                _events.Changed -= value;
                Listeners--;
            }
        }

        public void CallChanged(CallChange change) => _events.CallChanged(change);
    }
}
