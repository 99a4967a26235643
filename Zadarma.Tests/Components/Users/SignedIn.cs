using System.Globalization;
using System.Security.Claims;
using Bunit.TestDoubles;
using Zadarma.Core.Accounts;

namespace Zadarma.Tests.Components;

/// <summary>A bunit principal carrying what the app's sign-in cookie carries: id, name and role.</summary>
public static class SignedIn
{
    public static BunitAuthorizationContext As(this BunitAuthorizationContext auth, User user) => auth.As(user.Id, user.UserName, user.Role);

    public static BunitAuthorizationContext As(this BunitAuthorizationContext auth, int id, string userName, Role role)
    {
        auth.SetAuthorized(userName);
        auth.SetRoles(role.ToString());
        auth.SetClaims(new Claim(ClaimTypes.NameIdentifier, id.ToString(CultureInfo.InvariantCulture)));
        return auth;
    }
}
