using Zadarma.Core.Directory;

namespace Zadarma.Tests.Unit.WebRtc;

/// <summary>A host CRM that knows only which employee each user acts as.</summary>
public sealed class UserDirectory : ICrmDirectory
{
    public Dictionary<int, DirectoryEmployee> EmployeeOfUser { get; } = [];

    public Task<DirectoryEmployee?> GetEmployeeOfUserAsync(int userId, CancellationToken ct = default) =>
        Task.FromResult(EmployeeOfUser.GetValueOrDefault(userId));

    public Task<IReadOnlyList<DirectoryClient>> FindClientsByPhoneAsync(PhoneNumber number, CancellationToken ct = default) =>
        Task.FromResult<IReadOnlyList<DirectoryClient>>([]);

    public Task<DirectoryEmployee?> GetResponsibleEmployeeAsync(int clientId, CancellationToken ct = default) =>
        Task.FromResult<DirectoryEmployee?>(null);

    public Task<IReadOnlyList<DirectoryEmployee>> ListEmployeesAsync(CancellationToken ct = default) =>
        Task.FromResult<IReadOnlyList<DirectoryEmployee>>([.. EmployeeOfUser.Values]);
}
