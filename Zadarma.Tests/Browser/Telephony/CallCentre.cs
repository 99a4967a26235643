using Microsoft.Extensions.DependencyInjection;
using Microsoft.Playwright;
using Zadarma.Core.Accounts;
using Zadarma.Core.Demo;
using Zadarma.Core.Directory;
using Zadarma.Core.Notifications;
using Zadarma.Core.Settings;
using Zadarma.Tests.Infrastructure;

namespace Zadarma.Tests.Browser.Telephony;

/// <summary>
/// The app with the demo team (Olga on extension 100, Ivan on 101, Anna on 102) and its clients, and agents signed up for
/// those employees: what the call flows run against.
/// </summary>
public sealed class CallCentre : IAsyncDisposable
{
    private CallCentre(TestApp app) => App = app;

    public TestApp App { get; }

    public T Get<T>() where T : notnull => App.Get<T>();

    /// <param name="webRtc">Whether agents with an extension get the phone in the browser.</param>
    public static async Task<CallCentre> StartAsync(
        IReadOnlyDictionary<string, string?>? settings = null, Action<IServiceCollection>? services = null, bool webRtc = false)
    {
        var app = await TestApp.StartAsync(settings, services);
        await app.CreateUserAsync("admin", Role.Admin);
        await app.Get<DemoData>().LoadAsync(userId: null);
        if (webRtc)
        {
            var store = app.Get<SettingsStore>();
            var current = await store.GetAsync();
            current.WebRtcEnabled = true;
            await store.SaveAsync(current);
        }
        return new CallCentre(app);
    }

    /// <summary>A user of the agent role, working as <paramref name="employeeName"/>, in <paramref name="language"/> when given.</summary>
    public async Task<User> AgentAsync(string userName, string employeeName, string? language = null)
    {
        var employee = (await Get<EmployeeStore>().ListAsync()).Single(e => e.Name == employeeName).Id;
        var user = await App.CreateUserAsync(userName, Role.Agent);
        var accounts = Get<UserAccounts>();
        await accounts.UpdateAsync(user.Id, Role.Agent, true, employee);
        if (language is not null)
            await accounts.SetLanguageAsync(user.Id, language);
        return user;
    }

    /// <summary>A fresh browser profile signed in as <paramref name="userName"/>, on <paramref name="path"/>.</summary>
    public async Task<IPage> SignInAsync(BrowserFixture browser, string userName, string path = "clients", int? width = null, int? height = null)
    {
        var page = await browser.NewPageAsync(App);
        if (width is { } w)
            await page.SetViewportSizeAsync(w, height ?? 844);
        await page.SignInAsync(userName, to: path);
        return page;
    }

    /// <summary>Waits until this many tabs listen for popups: a call announced earlier would reach nobody.</summary>
    public Task WaitForSubscribersAsync(int count) =>
        Eventually.HoldsAsync(() => Get<CallNotifier>().SubscriptionCount >= count, $"{count} tabs subscribed");

    public ValueTask DisposeAsync() => App.DisposeAsync();
}
