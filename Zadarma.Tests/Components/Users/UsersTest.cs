using AngleSharp.Dom;
using Bunit;
using Microsoft.Extensions.DependencyInjection;
using MudBlazor;
using Microsoft.Extensions.Localization;
using Zadarma.Blazor;
using Zadarma.Core.Accounts;

namespace Zadarma.Tests.Components.Users;

/// <summary>
/// The users' screens over a real database, signed in as its first admin, with MudBlazor's providers: dialogs open in
/// <see cref="Dialogs"/>, the lists of selects and autocompletes in <see cref="Popovers"/>.
/// </summary>
public abstract class UsersTest : ComponentTest
{
    protected UserAccounts Accounts => Services.GetRequiredService<UserAccounts>();

    protected IRenderedComponent<MudPopoverProvider> Popovers { get; private set; } = default!;

    protected IRenderedComponent<MudDialogProvider> Dialogs { get; private set; } = default!;

    protected async Task<User> SignInAdminAsync(string userName = "admin")
    {
        await UseDatabaseAsync();
        var auth = AddAuthorization();
        var admin = await Accounts.CreateFirstAdminAsync(userName, "admin-pass-1");
        auth.As(admin);
        Popovers = Render<MudPopoverProvider>();
        Dialogs = Render<MudDialogProvider>();
        return admin;
    }

    /// <summary>
    /// Clicks a button that opens a dialog, and waits for the dialog, not for the click: its handler goes on until the
    /// dialog closes.
    /// </summary>
    protected void Open(IElement button)
    {
        _ = button.ClickAsync(new());
        Dialogs.WaitForElement(".mud-dialog form");
    }

    /// <summary>Opens a dialog as a screen would, once it shows; the task returned completes with its result when it closes.</summary>
    protected async Task<Task<T>> ShowAsync<T>(Func<IDialogService, IStringLocalizer<Strings>, Task<T>> open)
    {
        Task<T> closed = null!;
        // A statement, not an expression: the dispatcher would otherwise wait for the task, which ends when the dialog closes.
        await Dialogs.InvokeAsync(() => { closed = open(Services.GetRequiredService<IDialogService>(), Services.GetRequiredService<IStringLocalizer<Strings>>()); });
        Dialogs.WaitForElement(".mud-dialog form");
        return closed;
    }

    /// <summary>The dialog open now.</summary>
    protected IElement Dialog => Dialogs.Find(".mud-dialog");

    /// <summary>A text field of the dialog, found by its visible label.</summary>
    protected IElement Field(string label) =>
        Dialogs.FindAll(".mud-input-control").Single(c => c.QuerySelector("label")?.TextContent == label).QuerySelector("input")!;

    /// <summary>The error shown under the field with the label, if any.</summary>
    protected string? ErrorAt(string label) =>
        Dialogs.FindAll(".mud-input-control").Single(c => c.QuerySelector("label")?.TextContent == label)
            .QuerySelector(".mud-input-helper-text.mud-input-error")?.TextContent.Trim();

    /// <summary>Opens the select with the label, as a click would, and picks the item with the text.</summary>
    protected async Task PickAsync(string label, string item)
    {
        var select = Dialogs.FindAll("div.mud-input-control.mud-select").Single(c => c.QuerySelector("label")?.TextContent == label);
        await select.MouseDownAsync(new());
        await Popovers.WaitForAssertionAsync(() => Assert.Contains(Popovers.FindAll(".mud-popover-open .mud-list-item"), i => i.TextContent.Trim() == item));
        await Popovers.FindAll(".mud-popover-open .mud-list-item").First(i => i.TextContent.Trim() == item).ClickAsync(new());
    }

    /// <summary>Types into the time zone picker and picks the zone whose id is given.</summary>
    protected async Task PickZoneAsync(string typed, string zoneId)
    {
        await Field(Label("Users.TimeZone")).InputAsync(typed);
        await Popovers.WaitForAssertionAsync(() => Assert.Contains(Popovers.FindAll(".mud-popover-open .time-zone-id"), i => i.TextContent == zoneId));
        await Popovers.FindAll(".mud-popover-open .mud-list-item").First(i => i.QuerySelector(".time-zone-id")?.TextContent == zoneId).ClickAsync(new());
    }

    /// <summary>A UI string in the language the test runs in.</summary>
    protected string Label(string key, params object[] arguments) =>
        Services.GetRequiredService<Microsoft.Extensions.Localization.IStringLocalizer<Zadarma.Blazor.Strings>>()[key, arguments];

    protected async Task SaveAsync() => await Dialogs.Find(".mud-dialog form").SubmitAsync();
}
