using System.Net;
using Bunit;
using Microsoft.AspNetCore.Components;
using Microsoft.AspNetCore.Components.Web;
using System.Security.Claims;
using Microsoft.Extensions.DependencyInjection;
using Zadarma.Blazor.Components.Telephony;
using Zadarma.Core.Accounts;
using Zadarma.Core.Api;
using Zadarma.Core.Calls;
using Zadarma.Core.Directory;
using Zadarma.Core.Notifications;
using Zadarma.Core.Pbx;
using Zadarma.Core.Telephony;
using Zadarma.Tests.Infrastructure;
using Zadarma.Tests.Unit.Api;

namespace Zadarma.Tests.Components.Telephony;

/// <summary>
/// What the telephony components run on: the journal and its notifier over a test database, click-to-call over a
/// scripted Zadarma, and a signed-in agent, Olga Petrova, on extension 100.
/// </summary>
public abstract class TelephonyTest : ComponentTest
{
    public const string DmitryNumber = "+79991234567";

    protected static readonly Func<HttpRequestMessage, CancellationToken, Task<HttpResponseMessage>> CallbackAccepted =
        ScriptedHandler.Json(HttpStatusCode.OK, """{"status":"success","from":100,"to":79991234567,"time":1435573082}""");

    protected CallEvents Events { get; } = new();

    /// <summary>Zadarma's replies to click-to-call requests: accepted unless a test scripts otherwise.</summary>
    protected ScriptedHandler Zadarma { get; set; } = new(CallbackAccepted);

    protected TestDatabase Db { get; private set; } = default!;

    protected int Olga { get; private set; }

    protected int Ivan { get; private set; }

    protected CallPopupOptions PopupOptions { get; } = new();

    protected async Task UseTelephonyAsync()
    {
        Db = await UseDatabaseAsync();
        Services.AddSingleton<ICallEvents>(Events);
        Services.AddSingleton(new CallPopups(Db.Factory));
        Services.AddSingleton<CallNotifier>();
        Services.AddSingleton<CallEdits>();
        Services.AddSingleton<PendingCallbacks>();
        Services.AddSingleton(_ => TestZadarma.Client(Zadarma, new FixedAccount(new ZadarmaCredentials(new Uri("http://pbx.test/"), "key", "secret"))));
        Services.AddTransient<ClickToCall>();
        Services.AddScoped<OpenCallPopups>();
        Services.AddSingleton(Microsoft.Extensions.Options.Options.Create(PopupOptions));

        Olga = await Db.Employees.SaveAsync(new EmployeeEdit { Name = "Olga Petrova" });
        Ivan = await Db.Employees.SaveAsync(new EmployeeEdit { Name = "Ivan Sokolov" });
        await Db.Extensions.MergeAsync([new FetchedExtension("100", null), new FetchedExtension("101", null)]);
        await Db.Extensions.MapAsync("100", Olga);
        await Db.Extensions.MapAsync("101", Ivan);
    }

    /// <summary>Signs in a user working as <paramref name="employeeId"/> (Olga when null).</summary>
    protected async Task<User> SignInAsync(int? employeeId = null)
    {
        // Before any service is taken: no service can be added after that.
        var auth = AddAuthorization();
        var accounts = Services.GetRequiredService<UserAccounts>();
        var user = await accounts.CreateFirstAdminAsync("olga", "correct horse 1");
        await accounts.UpdateAsync(user.Id, Role.Admin, true, employeeId ?? Olga);
        auth.SetAuthorized("olga").SetClaims(new Claim(ClaimTypes.NameIdentifier, user.Id.ToString()));
        return user;
    }

    /// <summary>A call in the journal, as the inbox writes it.</summary>
    protected Task<Call> AddCallAsync(
        string number = DmitryNumber, CallDirection direction = CallDirection.Incoming, List<int>? clients = null, DateTime? startUtc = null,
        string? answeredBy = null, CallDisposition disposition = CallDisposition.None, bool ended = false) =>
        Db.AddCallAsync(new Call
        {
            PbxCallId = (direction == CallDirection.Outgoing ? "out_" : "in_") + Guid.NewGuid().ToString("N"),
            Direction = direction,
            ClientNumber = number,
            ClientNumberRaw = number.TrimStart('+'),
            ClientIds = clients ?? [],
            EmployeeIds = [Olga],
            Extensions = ["100"],
            StartUtc = startUtc ?? DateTime.UtcNow,
            AnsweredBy = answeredBy,
            Disposition = disposition,
            EndedUtc = ended ? DateTime.UtcNow : null,
            EventsSeen = ended ? Core.Webhooks.WebhookEventType.NotifyEnd : Core.Webhooks.WebhookEventType.NotifyStart,
        });

    /// <summary>The popup the notifier would send for a call in the journal.</summary>
    protected async Task<CallPopup> PopupOfAsync(int callId) =>
        (await Services.GetRequiredService<CallPopups>().BuildAsync(callId))!.Value.Popup;

    /// <summary>A popup made up for a test, without a call in the journal.</summary>
    protected static CallPopup Popup(
        int callId = 1, CallPopupState state = CallPopupState.Ringing, CallDirection direction = CallDirection.Incoming,
        string? number = DmitryNumber, IReadOnlyList<PopupClient>? clients = null, string? answeredBy = null,
        CallDisposition disposition = CallDisposition.None, int? talkSeconds = null, IReadOnlyList<PastCall>? recent = null,
        string? note = null, bool anonymous = false, DateTime? startUtc = null) =>
        new(callId, $"in_{callId}", direction, number, anonymous, clients ?? [], state, answeredBy, disposition, null, talkSeconds,
            recent ?? [], note, startUtc ?? new DateTime(2026, 3, 12, 9, 30, 0, DateTimeKind.Utc));

    /// <summary>The agent goes into a popup's note and types, without leaving it.</summary>
    protected static async Task WriteNoteAsync(IRenderedComponent<IComponent> popup, string text)
    {
        await popup.Find(".call-popup-note").TriggerEventAsync("onfocusin", new FocusEventArgs());
        await popup.Find(".call-popup-note textarea").InputAsync(new ChangeEventArgs { Value = text });
    }

    protected static PopupClient Dmitry(int id = 1, string? manager = "Olga Petrova") => new(id, "Dmitry Volkov", "Acme Ltd", manager);
}
