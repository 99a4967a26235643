using System.Globalization;
using Bunit;
using Microsoft.AspNetCore.Components;
using Microsoft.Extensions.DependencyInjection;
using Zadarma.Blazor.Components.Telephony;
using Zadarma.Blazor.Time;
using Zadarma.Core.Calls;
using Zadarma.Core.Notifications;
using Zadarma.Tests.Infrastructure;

namespace Zadarma.Tests.Components.Telephony;

/// <summary>
/// A popup comes from the journal's announcement on a background thread, in the culture of whatever woke it (a webhook
/// is read in English); the tab still shows it in its agent's language and formats, from the first frame.
/// </summary>
public sealed class CallPopupLanguageTests : TelephonyTest
{
    [Theory]
    [InlineData("ru", "Входящий звонок", "Ответственный: Olga Petrova", "Прошлые звонки", "11.03.2026 10:30")]
    [InlineData("pl", "Połączenie przychodzące", "Opiekun: Olga Petrova", "Wcześniejsze połączenia", "11.03.2026 10:30")]
    [InlineData("en", "Incoming call", "Manager: Olga Petrova", "Earlier calls", "11 Mar 2026, 10:30")]
    public async Task A_popup_sent_from_a_webhook_in_english_comes_in_the_agents_language_and_formats(
        string culture, string state, string manager, string earlier, string earlierTime)
    {
        // The tab's circuit starts in the agent's language, with their time zone.
        UseCulture(culture);
        await UseTelephonyAsync();
        await SignInAsync();
        Services.GetRequiredService<UserTime>().Use("Europe/Warsaw", 0);
        SetRendererInfo(new RendererInfo("Server", isInteractive: true));
        var panel = Render<CallPopupPanel>();
        Render<CallPopupSubscriber>();
        // The notifier runs from the app's start, in the server's culture.
        var notifier = Services.GetRequiredService<CallNotifier>();
        await Task.Run(() =>
        {
            CultureInfo.CurrentCulture = CultureInfo.CurrentUICulture = CultureInfo.GetCultureInfo("en-US");
            return notifier.StartAsync(CancellationToken.None);
        });
        await Eventually.HoldsAsync(() => notifier.SubscriptionCount == 1, "the tab subscribed");

        var dmitry = await Db.AddClientAsync("Dmitry Volkov", Olga, DmitryNumber);
        await AddCallAsync(clients: [dmitry], startUtc: new DateTime(2026, 3, 11, 9, 30, 0, DateTimeKind.Utc), disposition: CallDisposition.Answered, ended: true);
        var call = await AddCallAsync(clients: [dmitry], startUtc: new DateTime(2026, 3, 12, 9, 30, 0, DateTimeKind.Utc));

        // The journal announces the call on a thread of its own, in the webhook's English.
        await Task.Run(() =>
        {
            CultureInfo.CurrentCulture = CultureInfo.CurrentUICulture = CultureInfo.GetCultureInfo("en-US");
            Events.CallChanged(new CallChange(call.Id, call.PbxCallId, [Olga]));
        });

        panel.WaitForAssertion(() => Assert.Single(panel.FindAll(".call-popup")));
        Assert.Equal(state, panel.Find(".call-popup-state").TextContent);
        Assert.Equal(manager, panel.Find(".call-popup-manager").TextContent);
        Assert.Equal(earlier, panel.Find(".call-popup-label").TextContent);
        Assert.Equal(earlierTime, panel.Find(".call-popup-past a").TextContent);
        Assert.Equal("10:30", panel.Find(".call-popup-time").TextContent);
        await notifier.StopAsync(CancellationToken.None);
    }
}
