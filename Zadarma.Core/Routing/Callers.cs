using Zadarma.Core.Concurrency;
using Zadarma.Core.Directory;

namespace Zadarma.Core.Routing;

/// <summary>
/// The clients a number belongs to, for routing and the journal. The built-in directory's clients are all in the
/// routing index, so they are found in memory: the PBX is waiting for the routing answer, and the single writer
/// should not spend a query. A host CRM is asked on the thread pool, so that its code runs on neither's time and a
/// batch's lookups overlap. Routing and the journal ask about a call's caller at the same moment, so a number's
/// lookup already under way is shared rather than asked again.
/// </summary>
public sealed class Callers(RoutingDirectory index, ICrmDirectory crm)
{
    private readonly InFlight<IReadOnlyList<Caller>> _asking = new();

    /// <summary>True when a lookup is answered at once and needs no head start.</summary>
    public bool InMemory { get; } = crm is BuiltInCrmDirectory;

    /// <param name="ct">
    /// Ends only this caller's wait. A host CRM lookup runs without it: another caller may share the lookup and still
    /// need its answer.
    /// </param>
    public ValueTask<IReadOnlyList<Caller>> FindAsync(PhoneNumber number, CancellationToken ct = default)
    {
        if (InMemory)
            return ValueTask.FromResult<IReadOnlyList<Caller>>(index.FindCallers(number).Select(c => new Caller(c.Id, c.Name, c.ManagerId)).ToList());
        return new ValueTask<IReadOnlyList<Caller>>(_asking.RunAsync(number.E164, () => Task.Run(async () =>
            (IReadOnlyList<Caller>)(await crm.FindClientsByPhoneAsync(number, CancellationToken.None))
                .Select(c => new Caller(c.Id, c.Name, c.ResponsibleEmployeeId)).ToList()), ct));
    }
}

/// <summary>A client the number belongs to, with their responsible manager.</summary>
public sealed record Caller(int Id, string Name, int? ManagerId);
