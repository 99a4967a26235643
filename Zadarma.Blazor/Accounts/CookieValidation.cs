using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Authentication.Cookies;
using Zadarma.Core.Accounts;

namespace Zadarma.Blazor.Accounts;

/// <summary>A deactivated user, or one whose role changed, is signed out on their next request.</summary>
public sealed class CookieValidation(UserAccounts accounts) : CookieAuthenticationEvents
{
    public override async Task ValidatePrincipal(CookieValidatePrincipalContext context)
    {
        var principal = context.Principal;
        var user = principal?.UserId() is { } id ? await accounts.FindAsync(id, context.HttpContext.RequestAborted) : null;
        if (user is null || !user.IsActive || !principal!.IsIn(user.Role))
        {
            context.RejectPrincipal();
            await context.HttpContext.SignOutAsync(CookieAuthenticationDefaults.AuthenticationScheme);
        }
    }
}
