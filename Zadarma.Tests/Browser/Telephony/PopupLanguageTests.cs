using System.Text.RegularExpressions;
using Microsoft.Playwright;
using Zadarma.Core.Accounts;
using Zadarma.Core.Sandbox;
using Zadarma.Tests.Infrastructure;

namespace Zadarma.Tests.Browser.Telephony;

/// <summary>One call, two agents with different languages: each gets its popup in their own, with their own formats.</summary>
public sealed class PopupLanguageTests(BrowserFixture browser) : IClassFixture<BrowserFixture>, IAsyncLifetime
{
    private CallCentre _centre = default!;

    public async Task InitializeAsync()
    {
        _centre = await CallCentre.StartAsync();
        await _centre.AgentAsync("olga", "Olga Petrova", language: "ru");
        var ivan = await _centre.AgentAsync("ivan", "Ivan Sokolov", language: "pl");
        await _centre.Get<UserAccounts>().SetThemeAsync(ivan.Id, ThemeChoice.Dark);
    }

    public async Task DisposeAsync() => await _centre.DisposeAsync();

    [Fact]
    public async Task The_manager_in_russian_and_the_colleague_in_polish_each_read_the_same_calls_popup_in_their_language()
    {
        // An earlier call from the same client, so that the popup lists it with its date.
        var sandbox = _centre.Get<SandboxCalls>();
        await sandbox.SimulateIncomingAsync("79991234567", [101], IncomingCallOutcome.Answered, TimeSpan.Zero);
        var olga = await _centre.SignInAsync(browser, "olga");
        var ivan = await _centre.SignInAsync(browser, "ivan");
        await _centre.WaitForSubscribersAsync(2);

        // Dmitry is Olga's client; the PBX rings Ivan's extension.
        var call = sandbox.SimulateIncomingAsync("79991234567", [101], IncomingCallOutcome.Answered, TimeSpan.FromMilliseconds(1500));

        await Assertions.Expect(olga.GetByRole(AriaRole.Region, new() { Name = "Текущие звонки" })).ToBeVisibleAsync();
        await Assertions.Expect(ivan.GetByRole(AriaRole.Region, new() { Name = "Bieżące połączenia" })).ToBeVisibleAsync();
        var russian = CallPopupTests.Popups(olga).First;
        await Assertions.Expect(russian.Locator(".call-popup-state")).ToHaveTextAsync("Входящий звонок");
        await Assertions.Expect(russian).ToContainTextAsync("Ответственный: Olga Petrova");
        await Assertions.Expect(russian).ToContainTextAsync("Прошлые звонки");
        await Assertions.Expect(russian.GetByRole(AriaRole.Link, new() { Name = "Открыть клиента Dmitry Volkov" })).ToBeVisibleAsync();
        await Assertions.Expect(russian.GetByRole(AriaRole.Button, new() { Name = "Свернуть" })).ToBeVisibleAsync();
        await Assertions.Expect(russian.GetByLabel("Заметка к звонку")).ToBeVisibleAsync();

        var polish = CallPopupTests.Popups(ivan).First;
        await Assertions.Expect(polish.Locator(".call-popup-state")).ToHaveTextAsync(new Regex("^(Połączenie przychodzące|Rozmowa: Ivan Sokolov)$"));
        await Assertions.Expect(polish).ToContainTextAsync("Opiekun: Olga Petrova");
        await Assertions.Expect(polish).ToContainTextAsync("Wcześniejsze połączenia");
        await Assertions.Expect(polish.GetByRole(AriaRole.Button, new() { Name = "Zwiń" })).ToBeVisibleAsync();

        // Both read dates the way their language writes them.
        var dotted = new Regex(@"^\d\d\.\d\d\.\d{4} \d\d:\d\d$");
        await Assertions.Expect(russian.Locator(".call-popup-past a").First).ToHaveTextAsync(dotted);
        await Assertions.Expect(polish.Locator(".call-popup-past a").First).ToHaveTextAsync(dotted);
        await Assertions.Expect(russian.Locator(".call-popup-state")).ToHaveTextAsync("Разговор: Ivan Sokolov");
        await Assertions.Expect(polish.Locator(".call-popup-state")).ToHaveTextAsync("Rozmowa: Ivan Sokolov");
        await Screenshots.SaveAsync(olga, "popup-ru");
        await Screenshots.SaveAsync(ivan, "popup-pl");
        await call;
        await Assertions.Expect(russian.Locator(".call-popup-state")).ToContainTextAsync("Завершён: Отвечен");
        await Assertions.Expect(polish.Locator(".call-popup-state")).ToContainTextAsync("Zakończone: Odebrane");
    }
}
