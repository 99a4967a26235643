using System.Text.Json;
using System.Text.RegularExpressions;
using Microsoft.Playwright;
using Zadarma.Core.Accounts;
using Zadarma.Core.Directory;
using Zadarma.Core.Pbx;
using Zadarma.Core.Sandbox;
using Zadarma.Core.Settings;
using Zadarma.Core.WebRtc;
using Zadarma.Tests.Infrastructure;

namespace Zadarma.Tests.Browser.WebRtc;

/// <summary>The phone in the browser, against the sandbox and its stand-in widget.</summary>
public sealed class WebRtcWidgetTests(BrowserFixture browser) : IClassFixture<BrowserFixture>, IAsyncLifetime
{
    private static readonly TimeSpan StartTimeout = TimeSpan.FromSeconds(5);

    private TestApp _app = default!;

    public async Task InitializeAsync()
    {
        // Everything down to Information is written, so that the log test sees what a normal install logs.
        _app = await TestApp.StartAsync(new Dictionary<string, string?>
        {
            ["Serilog:MinimumLevel:Default"] = "Information",
            ["Serilog:MinimumLevel:Override:Zadarma"] = "Information",
            // Why a user gets no widget, which the tests wait for.
            ["Serilog:MinimumLevel:Override:Zadarma.Core.WebRtc"] = "Debug",
            // How each widget's start ended, which the tests wait for.
            ["Serilog:MinimumLevel:Override:Zadarma.Blazor.Components.Telephony.WebRtcWidget"] = "Debug",
            // Short, so that a script that never loads is given up on within the test.
            ["WebRtcWidget:StartTimeout"] = StartTimeout.ToString(),
        });
        await _app.CreateUserAsync("admin", Role.Admin);
        await _app.Get<PbxFetch>().FetchAsync();
        await ChangeSettingsAsync(s => s.WebRtcEnabled = true);
    }

    public async Task DisposeAsync() => await _app.DisposeAsync();

    private string LoginOf(string extension) => $"{_app.Get<SandboxPbx>().PbxId}-{extension}";

    private async Task ChangeSettingsAsync(Action<AppSettings> change)
    {
        var store = _app.Get<SettingsStore>();
        var settings = await store.GetAsync();
        change(settings);
        await store.SaveAsync(settings);
    }

    /// <summary>An agent linked to an employee, who answers <paramref name="extension"/> when one is given.</summary>
    private async Task<int> AgentAsync(string userName, string employeeName, string? extension, string? language = null)
    {
        var user = await _app.CreateUserAsync(userName, Role.Agent);
        var employee = await _app.Get<EmployeeStore>().SaveAsync(new EmployeeEdit { Name = employeeName });
        if (extension is not null)
            await _app.Get<ExtensionStore>().MapAsync(extension, employee);
        var accounts = _app.Get<UserAccounts>();
        await accounts.UpdateAsync(user.Id, Role.Agent, isActive: true, employee);
        if (language is not null)
            await accounts.SetLanguageAsync(user.Id, language);
        return user.Id;
    }

    /// <summary>Waits until the app decided, for this user's page, that there is no widget and why.</summary>
    private Task NotOfferedAsync(int userId, WebRtcUnavailable reason) =>
        Eventually.HoldsAsync(async () => Regex.IsMatch(await LogFiles.ReadAsync(_app.DataPath), $"No WebRTC widget for user {userId}: \"?{reason}\"?"),
            $"no widget for user {userId}: {reason}");

    private static async Task<JsonElement> WidgetAsync(IPage page)
    {
        await page.WaitForFunctionAsync("() => window.zadarmaSandboxWidget !== undefined");
        return await page.EvaluateAsync<JsonElement>("() => window.zadarmaSandboxWidget");
    }

    private static string Text(JsonElement widget, string name) => widget.GetProperty(name).GetString()!;

    [Fact]
    public async Task An_agent_with_an_extension_gets_the_widget_with_their_key_once_per_page_load()
    {
        await AgentAsync("olga", "Olga Petrova", "100");
        var page = await browser.NewPageAsync(_app);

        await page.SignInAsync("olga");

        var widget = await WidgetAsync(page);
        var login = LoginOf("100");
        Assert.Equal(login, Text(widget, "login"));
        Assert.Equal(_app.Get<SandboxPbx>().WebRtcKeyFor(login), Text(widget, "key"));
        Assert.Equal(("square", "en", "{right:'10px',bottom:'5px'}"), (Text(widget, "shape"), Text(widget, "language"), Text(widget, "position")));
        Assert.True(widget.GetProperty("visible").GetBoolean());
        var phone = page.Locator("#zadarma-sandbox-phone");
        await Assertions.Expect(phone.Locator(".login")).ToHaveTextAsync(login);
        await Assertions.Expect(phone.Locator(".title")).ToHaveTextAsync("Sandbox phone");
        await Screenshots.SaveAsync(page, "webrtc-widget");

        // Only a page of this document would still carry the mark: a reload would wipe it with the widget.
        await page.EvaluateAsync("() => window.sameDocument = true");
        await page.GetByRole(AriaRole.Link, new() { Name = "Clients" }).ClickAsync();
        await page.WaitForURLAsync("**/clients");
        await page.GetByRole(AriaRole.Link, new() { Name = "Calls" }).ClickAsync();
        await page.WaitForURLAsync("**/calls");

        Assert.True(await page.EvaluateAsync<bool>("() => window.sameDocument === true"));
        Assert.Equal(1, await page.EvaluateAsync<int>("() => window.zadarmaSandboxWidget.calls"));
        Assert.Equal(1, await page.EvaluateAsync<int>("() => window.zadarmaSandboxPhoneLibLoads"));
        await Assertions.Expect(phone).ToHaveCountAsync(1);

        // Signed in to the sandbox with its key, the phone is ready for calls; the page keeps room for it.
        await Assertions.Expect(phone.GetByRole(AriaRole.Status)).ToHaveTextAsync("Ready");
        Assert.Equal("docked", await page.EvaluateAsync<string>("() => document.documentElement.dataset.webphone"));
    }

    [Theory]
    [InlineData("ru", "Тестовый телефон", "Свернуть телефон", "Номер для звонка", "Позвонить", "Готов")]
    [InlineData("pl", "Telefon testowy", "Zwiń telefon", "Numer do połączenia", "Zadzwoń", "Gotowy")]
    public async Task An_agent_gets_the_widget_and_its_controls_named_in_their_language(
        string language, string title, string minimise, string number, string call, string ready)
    {
        await AgentAsync("anna", "Anna Kowalska", "101", language: language);
        await ChangeSettingsAsync(s => s.WebRtcShape = "rounded");
        var page = await browser.NewPageAsync(_app);

        await page.SignInAsync("anna");

        var widget = await WidgetAsync(page);
        Assert.Equal((LoginOf("101"), language, "rounded"), (Text(widget, "login"), Text(widget, "language"), Text(widget, "shape")));
        var phone = page.GetByRole(AriaRole.Region, new() { Name = title });
        await Assertions.Expect(phone.GetByRole(AriaRole.Status)).ToHaveTextAsync(ready);
        await Assertions.Expect(phone.GetByRole(AriaRole.Button, new() { Name = minimise })).ToHaveAttributeAsync("aria-expanded", "true");
        await Assertions.Expect(phone.GetByRole(AriaRole.Textbox, new() { Name = number })).ToBeVisibleAsync();
        await Assertions.Expect(phone.GetByRole(AriaRole.Button, new() { Name = call, Exact = true })).ToBeVisibleAsync();
        await Screenshots.SaveAsync(page, $"webrtc-widget-{language}");
    }

    [Fact]
    public async Task A_user_without_an_extension_gets_no_widget_and_loads_no_script()
    {
        var ivan = await AgentAsync("ivan", "Ivan Sokolov", extension: null);
        var page = await browser.NewPageAsync(_app);
        var requested = new List<string>();
        page.Request += (_, request) => requested.Add(request.Url);

        await page.SignInAsync("ivan", to: "clients");
        await NotOfferedAsync(ivan, WebRtcUnavailable.NoExtension);

        await AssertNoWidgetAsync(page, requested);
    }

    [Fact]
    public async Task With_the_switch_off_even_an_agent_with_an_extension_gets_nothing()
    {
        var olga = await AgentAsync("olga", "Olga Petrova", "100");
        await ChangeSettingsAsync(s => s.WebRtcEnabled = false);
        var page = await browser.NewPageAsync(_app);
        var requested = new List<string>();
        page.Request += (_, request) => requested.Add(request.Url);

        await page.SignInAsync("olga");
        await NotOfferedAsync(olga, WebRtcUnavailable.SwitchedOff);

        await AssertNoWidgetAsync(page, requested);
    }

    [Fact]
    public async Task A_key_zadarma_refuses_is_a_small_notice_and_the_app_keeps_working()
    {
        await AgentAsync("olga", "Olga Petrova", "100");
        // An extension login of another PBX: the sandbox refuses to issue its key, as Zadarma does.
        await ChangeSettingsAsync(s => s.PbxId = "999999");
        var page = await browser.NewPageAsync(_app);

        await page.SignInAsync("olga");

        var notice = page.GetByRole(AriaRole.Alert);
        await Assertions.Expect(notice).ToContainTextAsync("Phone in the browser unavailable");
        await Assertions.Expect(notice).ToContainTextAsync("Zadarma refused");
        await Screenshots.SaveAsync(page, "webrtc-widget-refused");
        await page.GetByRole(AriaRole.Link, new() { Name = "Clients" }).ClickAsync();
        await page.WaitForURLAsync("**/clients");
        await Assertions.Expect(page.Locator("#zadarma-sandbox-phone")).ToHaveCountAsync(0);
    }

    [Fact]
    public async Task With_a_real_account_the_configured_scripts_load_and_a_missing_one_is_a_small_notice()
    {
        await AgentAsync("olga", "Olga Petrova", "100");
        // A "real" account that happens to be this app's sandbox, so the configured script addresses are used.
        var connection = _app.Get<ZadarmaConnection>();
        var edit = await connection.LoadAsync();
        var sandbox = _app.Get<SandboxPbx>();
        (edit.UseSandbox, edit.Url, edit.Key, edit.NewSecret) = (false, $"{_app.Address}sandbox/zadarma", sandbox.Key, sandbox.Secret);
        edit.WebRtcLibScriptUrl = $"{_app.Address}sandbox/zadarma/webphone/missing-lib.js";
        edit.WebRtcFnScriptUrl = $"{_app.Address}sandbox/zadarma/webphone/{SandboxWebphone.FnScript}";
        Assert.Empty(await connection.SaveAsync(edit));
        await _app.Get<PbxFetch>().FetchAsync();
        var page = await browser.NewPageAsync(_app);
        var requested = new List<string>();
        page.Request += (_, request) => requested.Add(request.Url);

        await page.SignInAsync("olga");

        var notice = page.GetByRole(AriaRole.Alert);
        await Assertions.Expect(notice).ToContainTextAsync("The phone could not be loaded from Zadarma.");
        Assert.Contains(edit.WebRtcLibScriptUrl, requested);
        Assert.DoesNotContain(edit.WebRtcFnScriptUrl, requested);
        Assert.True(await page.EvaluateAsync<bool>("() => window.zadarmaSandboxWidget === undefined"));
        await page.GetByRole(AriaRole.Link, new() { Name = "Clients" }).ClickAsync();
        await page.WaitForURLAsync("**/clients");
    }

    [Fact]
    public async Task A_script_that_never_loads_is_the_same_small_notice_and_a_tab_closed_meanwhile_breaks_nothing()
    {
        await AgentAsync("olga", "Olga Petrova", "100");
        var page = await browser.NewPageAsync(_app);
        // Zadarma's server accepts the script request and never answers.
        var scriptsAsked = 0;
        await page.Context.RouteAsync("**/webphone/**", _ =>
        {
            Interlocked.Increment(ref scriptsAsked);
            return Task.CompletedTask;
        });

        await page.SignInAsync("olga");

        var notice = page.GetByRole(AriaRole.Alert);
        await Assertions.Expect(notice).ToContainTextAsync("The phone could not be loaded from Zadarma.", new() { Timeout = 30_000 });
        await page.GetByRole(AriaRole.Link, new() { Name = "Calls" }).ClickAsync();
        await Assertions.Expect(page.GetByRole(AriaRole.Heading, new() { Name = "Calls" })).ToBeVisibleAsync();

        // A second tab is closed while its scripts hang: its circuit ends quietly.
        var asked = Volatile.Read(ref scriptsAsked);
        var tab = await page.Context.NewPageAsync();
        await tab.GotoAsync("clients");
        await Eventually.HoldsAsync(() => Volatile.Read(ref scriptsAsked) > asked, "the second tab asked for the scripts");
        await tab.CloseAsync(new() { RunBeforeUnload = true });
        // Each tab's start ends one way or another, given up on or cut short by the closing.
        await Eventually.HoldsAsync(async () => StartsEnded(await LogFiles.ReadAsync(_app.DataPath)) == 2,
            "both tabs' phones given up", StartTimeout * 3);

        var log = await LogFiles.ReadAsync(_app.DataPath);
        Assert.Contains("did not start within", log);
        Assert.DoesNotContain("Unhandled exception in circuit", log);
        await page.GetByRole(AriaRole.Link, new() { Name = "Clients" }).ClickAsync();
        await page.WaitForURLAsync("**/clients");
    }

    private static int StartsEnded(string log) =>
        Regex.Count(log, "did not start within") + Regex.Count(log, "was closed before it started");

    [Fact]
    public async Task The_key_never_reaches_the_log()
    {
        await AgentAsync("olga", "Olga Petrova", "100");
        var page = await browser.NewPageAsync(_app);
        await page.SignInAsync("olga");
        var key = Text(await WidgetAsync(page), "key");
        await page.GetByRole(AriaRole.Link, new() { Name = "Clients" }).ClickAsync();
        await page.WaitForURLAsync("**/clients");

        var log = await LogFiles.ReadAsync(_app.DataPath);
        Assert.Contains($"WebRTC widget offered to user", log);
        Assert.Contains("/v1/webrtc/get_key/", log);
        Assert.DoesNotContain(key, log);
    }

    private static async Task AssertNoWidgetAsync(IPage page, List<string> requested)
    {
        Assert.DoesNotContain(requested, url => url.Contains("webphone", StringComparison.OrdinalIgnoreCase) || url.Contains("WebRtcWidget", StringComparison.Ordinal));
        Assert.True(await page.EvaluateAsync<bool>("() => window.zadarmaWidgetFn === undefined && window.zadarmaSandboxWidget === undefined"));
        await Assertions.Expect(page.Locator("#zadarma-sandbox-phone")).ToHaveCountAsync(0);
        await Assertions.Expect(page.GetByRole(AriaRole.Alert)).ToHaveCountAsync(0);
    }
}
