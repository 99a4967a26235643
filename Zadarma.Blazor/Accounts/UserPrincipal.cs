using System.Security.Claims;
using Microsoft.AspNetCore.Authentication.Cookies;
using Zadarma.Core.Accounts;

namespace Zadarma.Blazor.Accounts;

/// <summary>How a signed-in user is carried in the auth cookie, and read back.</summary>
public static class UserPrincipal
{
    public static ClaimsPrincipal Create(User user) => new(new ClaimsIdentity(
        [
            new Claim(ClaimTypes.NameIdentifier, user.Id.ToString(System.Globalization.CultureInfo.InvariantCulture)),
            new Claim(ClaimTypes.Name, user.UserName),
            new Claim(ClaimTypes.Role, user.Role.ToString()),
        ],
        CookieAuthenticationDefaults.AuthenticationScheme));

    public static int? UserId(this ClaimsPrincipal principal) =>
        int.TryParse(principal.FindFirstValue(ClaimTypes.NameIdentifier), out var id) ? id : null;

    public static bool IsIn(this ClaimsPrincipal principal, Role role) => principal.IsInRole(role.ToString());

    /// <summary>The signed-in user's role; null when signed out.</summary>
    public static Role? AppRole(this ClaimsPrincipal principal) =>
        Enum.TryParse<Role>(principal.FindFirstValue(ClaimTypes.Role), out var role) ? role : null;
}
