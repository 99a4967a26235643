namespace Zadarma.Core.Directory;

/// <summary>
/// What the telephony plugin asks of the host CRM. The app ships a built-in implementation on its own
/// tables; a host CRM registers its own in DI instead.
/// </summary>
public interface ICrmDirectory
{
    /// <summary>Every client with this number: exact matches if any, otherwise those whose number ends with the same digits.</summary>
    Task<IReadOnlyList<DirectoryClient>> FindClientsByPhoneAsync(PhoneNumber number, CancellationToken ct = default);

    Task<DirectoryEmployee?> GetResponsibleEmployeeAsync(int clientId, CancellationToken ct = default);

    Task<IReadOnlyList<DirectoryEmployee>> ListEmployeesAsync(CancellationToken ct = default);

    /// <summary>The employee a signed-in user acts as, if linked.</summary>
    Task<DirectoryEmployee?> GetEmployeeOfUserAsync(int userId, CancellationToken ct = default);
}

public enum PhoneMatch
{
    Exact,
    Suffix,
}

public sealed record DirectoryClient(int Id, string Name, string? Company, int? ResponsibleEmployeeId, string MatchedPhone, PhoneMatch Match);

public sealed record DirectoryEmployee(int Id, string Name, int? UserId, bool IsActive);
