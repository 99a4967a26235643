using System.Net;
using AngleSharp.Dom;
using Bunit;
using Microsoft.Extensions.DependencyInjection;
using MudBlazor;
using Zadarma.Blazor.Components.Integrations;
using Zadarma.Core.Settings;

namespace Zadarma.Tests.Components.Integrations;

public sealed class ZadarmaTabTests : ComponentTest
{
    private const string RealUrl = "https://api.zadarma.test";
    private readonly ScriptedNetwork _network = new();
    private IRenderedComponent<MudDialogProvider> _dialogs = default!;

    private async Task<IRenderedComponent<ZadarmaTab>> RenderTabAsync(Action<ZadarmaConnectionEdit>? saved = null)
    {
        var db = await UseDatabaseAsync();
        ZadarmaServices.Add(Services, db, _network);
        AddAuthorization().SetAuthorized("admin");
        if (saved is not null)
        {
            var connection = Services.GetRequiredService<ZadarmaConnection>();
            var edit = await connection.LoadAsync();
            saved(edit);
            Assert.Empty(await connection.SaveAsync(edit));
        }
        Render<MudPopoverProvider>();
        _dialogs = Render<MudDialogProvider>();
        var tab = Render<ZadarmaTab>();
        tab.WaitForElement(".zadarma-tab");
        return tab;
    }

    private static void RealAccount(ZadarmaConnectionEdit edit)
    {
        (edit.UseSandbox, edit.Url, edit.Key, edit.NewSecret) = (false, RealUrl, "key-0123456789abcd", "secret-saved-0123");
    }

    [Fact]
    public async Task The_sandbox_connects_and_shows_the_balance_in_the_users_format()
    {
        UseCulture("ru");
        var tab = await RenderTabAsync();
        _network.Balance(25.50m, "USD");

        await Button(tab, "Проверить подключение").ClickAsync(new());

        var result = tab.WaitForElement(".test-result");
        Assert.Equal("Подключено. Баланс: 25,50 USD.", result.TextContent.Trim());
        Assert.Contains("mud-alert-text-success", result.ClassName);
        Assert.Equal(["/sandbox/zadarma/v1/info/balance/"], _network.Asked);
    }

    [Fact]
    public async Task A_wrong_secret_is_explained_and_nothing_is_saved()
    {
        UseCulture("en");
        var tab = await RenderTabAsync();
        SandboxSwitch(tab).Change(false);
        Field(tab, "API address").Input(RealUrl);
        Field(tab, "Key").Input("key-0123456789abcd");
        Field(tab, "Secret").Input("not-the-secret");
        _network.Reply(HttpStatusCode.Unauthorized, """{"status":"error","message":"Not authorized"}""");

        await Button(tab, "Test connection").ClickAsync(new());

        var result = tab.WaitForElement(".test-result");
        Assert.Equal("Zadarma rejected the key or secret.", result.TextContent.Trim());
        Assert.Contains("mud-alert-text-error", result.ClassName);
        var saved = await Services.GetRequiredService<SettingsStore>().GetAsync();
        Assert.True(saved.ZadarmaUseSandbox);
        Assert.Null(saved.ZadarmaSecretProtected);
    }

    [Fact]
    public async Task Zadarmas_rate_limit_says_how_long_to_wait()
    {
        UseCulture("pl");
        var tab = await RenderTabAsync(RealAccount);
        _network.Reply(HttpStatusCode.TooManyRequests, """{"status":"error","message":"Too many requests"}""", retryAfter: TimeSpan.FromSeconds(30));

        await Button(tab, "Sprawdź połączenie").ClickAsync(new());

        var result = tab.WaitForElement(".test-result");
        Assert.Equal("Przekroczono limit zapytań Zadarma, spróbuj ponownie za 30 s.", result.TextContent.Trim());
        Assert.Contains("mud-alert-text-warning", result.ClassName);
    }

    [Fact]
    public async Task Without_a_key_and_secret_the_test_asks_for_them_and_calls_nobody()
    {
        UseCulture("en");
        var tab = await RenderTabAsync();
        SandboxSwitch(tab).Change(false);

        await Button(tab, "Test connection").ClickAsync(new());

        Assert.Equal("Fill in the marked fields to test the connection.", tab.Find(".test-result").TextContent.Trim());
        Assert.Equal(["Enter the API key.", "Enter the API secret."], tab.FindAll(".mud-input-helper-text.mud-input-error").Select(e => e.TextContent.Trim()));
        Assert.Empty(_network.Asked);

        // Typing the missing values clears their errors at once.
        Field(tab, "Key").Input("key-0123456789abcd");
        Assert.Equal(["Enter the API secret."], tab.FindAll(".mud-input-helper-text.mud-input-error").Select(e => e.TextContent.Trim()));
    }

    [Fact]
    public async Task Switching_the_sandbox_off_drops_its_connected_state_at_once()
    {
        UseCulture("en");
        var tab = await RenderTabAsync();
        _network.Balance(25.50m, "USD");
        await Button(tab, "Test connection").ClickAsync(new());
        tab.WaitForElement(".test-result");
        Assert.NotEmpty(tab.FindAll(".sandbox-badge"));

        SandboxSwitch(tab).Change(false);

        Assert.Empty(tab.FindAll(".test-result"));
        Assert.Empty(tab.FindAll(".sandbox-badge"));
        Assert.Contains("Enter the key and secret from your Zadarma cabinet", tab.Find(".sandbox-help").TextContent);
        Assert.Single(tab.FindAll(".key-field"));

        // Back on, the old result is not brought back: it is for the sandbox as it was then.
        SandboxSwitch(tab).Change(true);
        Assert.Empty(tab.FindAll(".test-result"));
        Assert.Single(tab.FindAll(".sandbox-badge"));
    }

    [Fact]
    public async Task A_result_goes_when_the_account_fields_change_and_survives_saving_them()
    {
        UseCulture("en");
        var tab = await RenderTabAsync(RealAccount);
        _network.Balance(3m, "EUR");
        Field(tab, "Secret").Input("a-new-secret-0123");
        await Button(tab, "Test connection").ClickAsync(new());
        Assert.Equal("Connected. Balance: 3.00 EUR.", tab.WaitForElement(".test-result").TextContent.Trim());

        // Saving the tested values keeps the result: they are what it was obtained with.
        await Button(tab, "Save").ClickAsync(new());
        tab.WaitForAssertion(() => Assert.Single(tab.FindAll(".test-result")));

        Field(tab, "API address").Input("https://api.zadarma.test/v2");
        Assert.Empty(tab.FindAll(".test-result"));
    }

    [Fact]
    public async Task A_private_webhook_address_is_flagged_with_the_way_to_set_the_public_one()
    {
        UseCulture("en");
        var tab = await RenderTabAsync(RealAccount);

        Assert.Equal("http://localhost/exec/Zadarma.notify", tab.Find(".webhook-address").TextContent);
        var warning = tab.Find(".private-address");
        Assert.Contains("mud-alert-text-warning", warning.ClassName);
        Assert.Contains("Zadarma cannot reach localhost", warning.TextContent);
        Assert.Contains("\"Public address of this app\"", warning.TextContent);

        Field(tab, "Public address of this app").Input("https://crm.example.com/zadarma");

        Assert.Equal("https://crm.example.com/zadarma/exec/Zadarma.notify", tab.Find(".webhook-address").TextContent);
        Assert.Empty(tab.FindAll(".private-address"));

        await Button(tab, "Save").ClickAsync(new());
        tab.WaitForAssertion(() => Assert.Equal("https://crm.example.com/zadarma/",
            Services.GetRequiredService<SettingsStore>().GetAsync().Result.PublicAddress));
    }

    [Theory]
    [InlineData("http://192.168.1.20:5000/")]
    [InlineData("http://[fd00::20]/")]
    [InlineData("http://crm.local/")]
    public async Task A_private_public_address_is_flagged_too(string address)
    {
        UseCulture("en");
        var tab = await RenderTabAsync(e => { RealAccount(e); e.PublicAddress = address; });

        Assert.Contains("Zadarma cannot reach", tab.Find(".private-address").TextContent);
    }

    [Fact]
    public async Task With_the_sandbox_a_private_address_is_only_a_note()
    {
        UseCulture("ru");
        var tab = await RenderTabAsync();

        var note = tab.Find(".private-address");
        Assert.Contains("mud-alert-text-info", note.ClassName);
        Assert.Contains("тестовой АТС", note.TextContent);
    }

    [Fact]
    public async Task Switching_to_a_real_account_is_confirmed_and_the_secret_is_never_shown_again()
    {
        const string Secret = "secret-typed-once-0a1b2c";
        UseCulture("en");
        var tab = await RenderTabAsync();
        SandboxSwitch(tab).Change(false);
        Field(tab, "API address").Input(RealUrl);
        Field(tab, "Key").Input("key-0123456789abcd");
        Field(tab, "Secret").Input(Secret);

        var saving = Button(tab, "Save").ClickAsync(new());
        var confirm = _dialogs.WaitForElement(".mud-dialog");
        Assert.Contains("Switch to your Zadarma account?", confirm.TextContent);
        await _dialogs.FindAll(".mud-dialog button").Single(b => b.TextContent.Trim() == "Switch").ClickAsync(new());
        await saving;

        tab.WaitForAssertion(() => Assert.Contains("A secret is stored (encrypted).", tab.Markup));
        var saved = await Services.GetRequiredService<SettingsStore>().GetAsync();
        Assert.False(saved.ZadarmaUseSandbox);
        Assert.NotNull(saved.ZadarmaSecretProtected);
        Assert.DoesNotContain(Secret, tab.Markup);
        Assert.DoesNotContain("key-0123456789abcd", tab.Markup);
        Assert.Contains("A key ending in …abcd is stored", tab.Markup);
        Assert.Equal("", Field(tab, "Secret").GetAttribute("value") ?? "");
    }

    [Fact]
    public async Task Cancelling_the_switch_saves_nothing()
    {
        UseCulture("en");
        var tab = await RenderTabAsync(RealAccount);
        SandboxSwitch(tab).Change(true);

        var saving = Button(tab, "Save").ClickAsync(new());
        Assert.Contains("Switch to the sandbox?", _dialogs.WaitForElement(".mud-dialog").TextContent);
        await _dialogs.FindAll(".mud-dialog button").Single(b => b.TextContent.Trim() == "Cancel").ClickAsync(new());
        await saving;

        Assert.False((await Services.GetRequiredService<SettingsStore>().GetAsync()).ZadarmaUseSandbox);
    }

    [Fact]
    public async Task A_refused_save_marks_the_fields_and_the_marks_follow_the_corrections()
    {
        UseCulture("en");
        var tab = await RenderTabAsync();
        Field(tab, "PBX time zone").Change("Moscow");

        await Button(tab, "Save").ClickAsync(new());

        Assert.Equal(["Write the time zone as UTC, UTC+3 or UTC-5:30."], tab.FindAll(".mud-input-helper-text.mud-input-error").Select(e => e.TextContent.Trim()));
        Assert.Contains("Correct the marked fields", tab.Find(".form-errors").TextContent);
        Field(tab, "PBX time zone").Change("UTC+2");
        Assert.Empty(tab.FindAll(".mud-input-helper-text.mud-input-error"));
        Assert.Equal(180, (await Services.GetRequiredService<SettingsStore>().GetAsync()).PbxUtcOffsetMinutes);
    }

    [Fact]
    public async Task Demo_data_is_loaded_from_the_sandbox_and_reported()
    {
        UseCulture("en");
        var tab = await RenderTabAsync();
        _network.Pbx(4242, (100, "Reception"), (101, "Sales"), (102, "Support"));

        await Button(tab, "Load demo data").ClickAsync(new());

        tab.WaitForAssertion(() => Assert.Contains(Services.GetRequiredService<ISnackbar>().ShownSnackbars.Select(s => s.Message),
            m => m?.StartsWith("Demo data ready: 3 employees on the sandbox extensions, 4 new clients.", StringComparison.Ordinal) == true));
        Assert.Equal(3, (await Services.GetRequiredService<Core.Pbx.ExtensionStore>().ListAsync()).Count(x => x.EmployeeId is not null));
    }

    [Fact]
    public async Task A_simulated_call_needs_a_number()
    {
        UseCulture("pl");
        var tab = await RenderTabAsync();
        var number = tab.Find(".caller-number input");

        number.Change("");
        await tab.Find(".simulate-call-button").ClickAsync(new());

        Assert.Contains("Wpisz numer dzwoniącego.", tab.Find(".caller-number").TextContent);
        Assert.Empty(Services.GetRequiredService<Core.Sandbox.SandboxPbx>().Calls);
    }

    [Fact]
    public async Task Every_switch_and_field_is_named_by_its_visible_label_in_the_users_language()
    {
        UseCulture("pl");
        var tab = await RenderTabAsync(RealAccount);

        // Each input sits in its label or is tied to one with for=; none is left without a name.
        foreach (var input in tab.FindAll("input"))
            Assert.False(string.IsNullOrWhiteSpace(AccessibleName(tab, input)), input.OuterHtml);
        Assert.Contains("Odtwarzaj nagrania z serwerów Zadarma", tab.FindAll("input[role=switch]").Select(i => AccessibleName(tab, i)));
        Assert.Equal("Sekret", AccessibleName(tab, Field(tab, "Sekret")));
        Assert.Equal("password", Field(tab, "Sekret").GetAttribute("type"));
        Assert.Equal("Kopiuj adres", tab.Find(".webhook-address-row button").GetAttribute("aria-label"));
    }

    private static IElement SandboxSwitch(IRenderedComponent<ZadarmaTab> tab) => tab.Find(".sandbox-switch input");

    private static IElement Button(IRenderedComponent<ZadarmaTab> tab, string text) =>
        tab.FindAll("button").Single(b => b.TextContent.Trim() == text);

    /// <summary>The input whose label reads <paramref name="label"/>.</summary>
    private static IElement Field(IRenderedComponent<ZadarmaTab> tab, string label)
    {
        var id = tab.FindAll("label[for]").Single(l => l.TextContent.Trim() == label).GetAttribute("for");
        return tab.Find($"input[id='{id}']");
    }

    private static string AccessibleName(IRenderedComponent<ZadarmaTab> tab, IElement input)
    {
        if (input.GetAttribute("aria-label") is { Length: > 0 } label)
            return label;
        if (input.Closest("label") is { } wrapping)
            return wrapping.TextContent.Trim();
        var id = input.GetAttribute("id");
        return tab.FindAll("label[for]").FirstOrDefault(l => l.GetAttribute("for") == id)?.TextContent.Trim() ?? "";
    }
}
