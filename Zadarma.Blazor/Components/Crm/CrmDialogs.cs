using Microsoft.Extensions.Localization;
using MudBlazor;
using Zadarma.Blazor.Components.Layout;
using Zadarma.Core.Directory;

namespace Zadarma.Blazor.Components.Crm;

/// <summary>
/// The CRM's dialogs as every screen opens them, with their results. Each dialog carries the class <c>crm-dialog</c>,
/// which fills a phone's screen (crm.css).
/// </summary>
public static class CrmDialogs
{
    private static DialogOptions Form => FormDialog.Options;

    private static DialogOptions Confirmation => new() { MaxWidth = MaxWidth.ExtraSmall, FullWidth = true, CloseButton = true };

    /// <summary>The client form, new or editing; the saved client's id, or null when cancelled.</summary>
    /// <param name="phone">A number to start a new client with, e.g. an unknown caller's.</param>
    public static async Task<int?> EditClientAsync(this IDialogService dialogs, IStringLocalizer<Strings> l, ClientRow? client, string? phone = null)
    {
        var parameters = new DialogParameters<ClientForm> { { f => f.Client, client }, { f => f.Phone, phone } };
        var dialog = await dialogs.ShowAsync<ClientForm>(client is null ? l["Clients.New"] : l["Clients.Edit"], parameters, Form);
        return await dialog.Result is { Canceled: false, Data: int id } ? id : null;
    }

    /// <summary>Asks before a client goes, saying what goes and what stays; true once deleted.</summary>
    public static async Task<bool> DeleteClientAsync(this IDialogService dialogs, IStringLocalizer<Strings> l, ClientRow client)
    {
        var parameters = new DialogParameters<DeleteClientDialog> { { d => d.Client, client } };
        var dialog = await dialogs.ShowAsync<DeleteClientDialog>(l["Clients.DeleteTitle"], parameters, Confirmation);
        return await dialog.Result is { Canceled: false };
    }

    /// <summary>The employee form, new or editing; true once saved.</summary>
    public static async Task<bool> EditEmployeeAsync(this IDialogService dialogs, IStringLocalizer<Strings> l, EmployeeRow? employee)
    {
        var parameters = new DialogParameters<EmployeeForm> { { f => f.Employee, employee } };
        var dialog = await dialogs.ShowAsync<EmployeeForm>(employee is null ? l["Employees.New"] : l["Employees.Edit"], parameters, Form);
        return await dialog.Result is { Canceled: false };
    }

    /// <summary>Asks before an employee is deactivated, with the choice about their extension; true once deactivated.</summary>
    public static async Task<bool> DeactivateEmployeeAsync(this IDialogService dialogs, IStringLocalizer<Strings> l, EmployeeRow employee)
    {
        var parameters = new DialogParameters<DeactivateEmployeeDialog> { { d => d.Employee, employee } };
        var dialog = await dialogs.ShowAsync<DeactivateEmployeeDialog>(l["Employees.DeactivateTitle"], parameters, Confirmation);
        return await dialog.Result is { Canceled: false };
    }
}
