using Zadarma.Core.Accounts;
using Zadarma.Core.Calls;
using Zadarma.Core.Directory;
using Zadarma.Core.Settings;

namespace Zadarma.Core.Recordings;

/// <summary>
/// Who may hear a call: supervisors and admins every call; an agent only a call they answered themselves,
/// and only while an admin allows agents to listen to their own calls.
/// </summary>
public sealed class RecordingAccess(SettingsStore settings, ICrmDirectory directory)
{
    public async Task<RecordingPermission> PermissionOfAsync(RecordingListener listener, CancellationToken ct = default)
    {
        if (listener.Role is Role.Admin or Role.Supervisor)
            return RecordingPermission.Everything;
        if (!(await settings.GetAsync(ct)).AgentsMayListenToOwnCalls)
            return RecordingPermission.Nothing;
        if (await directory.GetEmployeeOfUserAsync(listener.UserId, ct) is not { IsActive: true } employee)
            return RecordingPermission.Nothing;
        return new RecordingPermission(false, employee.Id);
    }

    public async Task<bool> MayListenAsync(RecordingListener listener, Call call, CancellationToken ct = default) =>
        (await PermissionOfAsync(listener, ct)).Covers(call.AnsweredByEmployeeId);
}
