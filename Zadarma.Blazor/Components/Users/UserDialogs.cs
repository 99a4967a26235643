using Microsoft.Extensions.Localization;
using MudBlazor;
using Zadarma.Blazor.Components.Layout;
using Zadarma.Core.Accounts;

namespace Zadarma.Blazor.Components.Users;

/// <summary>
/// The user dialogs as screens open them, with their results. Each carries the class <c>user-dialog</c>, which fills a
/// phone's screen (account.css).
/// </summary>
public static class UserDialogs
{
    private static DialogOptions Form => FormDialog.Options;

    /// <summary>The user form, new or editing; true once saved.</summary>
    public static async Task<bool> EditUserAsync(this IDialogService dialogs, IStringLocalizer<Strings> l, UserRow? user)
    {
        var parameters = new DialogParameters<UserForm> { { f => f.User, user } };
        var dialog = await dialogs.ShowAsync<UserForm>(user is null ? l["Users.New"] : l["Users.Edit", user.UserName], parameters, Form);
        return await dialog.Result is { Canceled: false };
    }

    /// <summary>An admin's new password for a user; true once changed.</summary>
    public static async Task<bool> ResetPasswordAsync(this IDialogService dialogs, IStringLocalizer<Strings> l, UserRow user)
    {
        var parameters = new DialogParameters<PasswordForm> { { f => f.UserId, user.Id } };
        var dialog = await dialogs.ShowAsync<PasswordForm>(l["Users.ResetPasswordOf", user.UserName], parameters, Form);
        return await dialog.Result is { Canceled: false };
    }

    /// <summary>The signed-in user's own language, time zone and theme; the theme chosen once saved, else null.</summary>
    public static async Task<ThemeChoice?> EditPreferencesAsync(this IDialogService dialogs, IStringLocalizer<Strings> l)
    {
        var dialog = await dialogs.ShowAsync<PreferencesDialog>(l["Prefs.Title"], Form);
        return await dialog.Result is { Canceled: false, Data: ThemeChoice theme } ? theme : null;
    }
}
