using Zadarma.Core.Directory;

namespace Zadarma.Core.Routing;

/// <summary>
/// The clients a number belongs to, for routing and the journal. The built-in directory's clients are all in the
/// routing index, so they are found in memory: the PBX is waiting for the routing answer, and the single writer
/// should not spend a query. A host CRM is asked on the thread pool, so that its code runs on neither's time and a
/// batch's lookups overlap.
/// </summary>
public sealed class Callers(RoutingDirectory index, ICrmDirectory crm)
{
    /// <summary>True when a lookup is answered at once and needs no head start.</summary>
    public bool InMemory { get; } = crm is BuiltInCrmDirectory;

    public ValueTask<IReadOnlyList<Caller>> FindAsync(PhoneNumber number, CancellationToken ct = default)
    {
        if (InMemory)
            return ValueTask.FromResult<IReadOnlyList<Caller>>(index.FindCallers(number).Select(c => new Caller(c.Id, c.Name, c.ManagerId)).ToList());
        return new ValueTask<IReadOnlyList<Caller>>(Task.Run(async () => (IReadOnlyList<Caller>)(await crm.FindClientsByPhoneAsync(number, ct))
            .Select(c => new Caller(c.Id, c.Name, c.ResponsibleEmployeeId)).ToList(), ct));
    }
}

/// <summary>A client the number belongs to, with their responsible manager.</summary>
public sealed record Caller(int Id, string Name, int? ManagerId);
