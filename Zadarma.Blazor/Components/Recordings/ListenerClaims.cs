using System.Security.Claims;
using Zadarma.Blazor.Accounts;
using Zadarma.Core.Accounts;
using Zadarma.Core.Recordings;

namespace Zadarma.Blazor.Components.Recordings;

/// <summary>Reads the listener of a recording from the signed-in principal, for the player and the endpoint alike.</summary>
public static class ListenerClaims
{
    public static RecordingListener? AsListener(this ClaimsPrincipal principal) =>
        principal.UserId() is { } id && Enum.TryParse<Role>(principal.FindFirstValue(ClaimTypes.Role), out var role)
            ? new RecordingListener(id, principal.Identity?.Name ?? "", role)
            : null;
}
