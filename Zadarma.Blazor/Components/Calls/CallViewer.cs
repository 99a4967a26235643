using System.Security.Claims;
using Zadarma.Blazor.Accounts;
using Zadarma.Blazor.Components.Recordings;
using Zadarma.Core.Accounts;
using Zadarma.Core.Calls;
using Zadarma.Core.Directory;
using Zadarma.Core.Recordings;

namespace Zadarma.Blazor.Components.Calls;

/// <summary>
/// The signed-in person looking at calls, worked out once per page: supervisors and admins see every call, an agent
/// the calls of their own employee; and whose recordings they may hear.
/// </summary>
public sealed record CallViewer(bool SeesAll, int? EmployeeId, RecordingPermission Recordings)
{
    /// <summary>An agent whose account is linked to no employee has no calls of their own.</summary>
    public bool NotLinked => !SeesAll && EmployeeId is null;

    /// <summary>The calls this viewer may see, on a client's page that client's only; null when they may see none.</summary>
    public CallQuery? Scope(int? clientId = null) =>
        NotLinked ? null : new CallQuery { EmployeeId = SeesAll ? null : EmployeeId, ClientId = clientId };

    public static async Task<CallViewer> OfAsync(ClaimsPrincipal user, ICrmDirectory directory, RecordingAccess access, CancellationToken ct = default)
    {
        var seesAll = user.IsIn(Role.Supervisor) || user.IsIn(Role.Admin);
        var employeeId = !seesAll && user.UserId() is { } userId ? (await directory.GetEmployeeOfUserAsync(userId, ct))?.Id : null;
        var recordings = user.AsListener() is { } listener ? await access.PermissionOfAsync(listener, ct) : RecordingPermission.Nothing;
        return new CallViewer(seesAll, employeeId, recordings);
    }
}
