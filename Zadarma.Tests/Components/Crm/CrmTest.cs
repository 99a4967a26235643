using Bunit;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Localization;
using MudBlazor;
using Zadarma.Blazor;
using Zadarma.Blazor.Components.Telephony;
using Zadarma.Core.Accounts;
using Zadarma.Core.Directory;
using Zadarma.Tests.Infrastructure;

namespace Zadarma.Tests.Components.Crm;

/// <summary>
/// The CRM screens over a real database, with MudBlazor's providers rendered as the layout renders them (dialogs and
/// popovers live there), a signed-in user of a given role, and the call button beside numbers stood in for: it has
/// tests of its own.
/// </summary>
public abstract class CrmTest : ComponentTest
{
    protected CrmTest()
    {
        ComponentFactories.AddStub<ClickToCallButton>(p => $"<button class=\"click-to-call\" data-number=\"{p.Get(b => b.Number)}\">call</button>");
    }

    protected TestDatabase Db => Database!;

    protected ClientStore Clients => Db.Clients;

    protected EmployeeStore Employees => Db.Employees;

    protected IStringLocalizer<Strings> L => Services.GetRequiredService<IStringLocalizer<Strings>>();

    protected IDialogService Dialogs => Services.GetRequiredService<IDialogService>();

    /// <summary>Where dialogs render; a test finds their content here.</summary>
    protected IRenderedComponent<MudDialogProvider> DialogProvider { get; private set; } = default!;

    /// <summary>Where menus, selects and tooltips render.</summary>
    protected IRenderedComponent<MudPopoverProvider> Popovers { get; private set; } = default!;

    /// <summary>Clicks a button that opens a dialog: its handler runs until the dialog closes, so it is not awaited here.</summary>
    protected static void Open(AngleSharp.Dom.IElement button) => _ = button.ClickAsync(new());

    /// <summary>A migrated database, a user of this role signed in, and the providers of the layout.</summary>
    /// <remarks>Not async itself: a culture set inside an async method is undone when it returns to the test.</remarks>
    protected Task StartAsync(Role role = Role.Agent, string culture = "en")
    {
        UseCulture(culture);
        return StartAsync(role);
    }

    private async Task StartAsync(Role role)
    {
        await UseDatabaseAsync();
        AddAuthorization().SetAuthorized("anna").SetRoles(role.ToString());
        Popovers = Render<MudPopoverProvider>();
        DialogProvider = Render<MudDialogProvider>();
    }
}
