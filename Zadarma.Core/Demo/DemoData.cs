using Microsoft.Extensions.Logging;
using Zadarma.Core.Directory;
using Zadarma.Core.Pbx;

namespace Zadarma.Core.Demo;

/// <summary>
/// One click to see routing and popups on the sandbox: employees on the sandbox extensions, clients with
/// responsible managers, and the admin who clicked linked to the first employee so their popups show.
/// </summary>
public sealed class DemoData(
    PbxFetch pbx,
    ExtensionStore extensions,
    EmployeeStore employees,
    ClientStore clients,
    ILogger<DemoData> logger)
{
    private static readonly (string Name, string Extension)[] Team =
    [
        ("Olga Petrova", "100"),
        ("Ivan Sokolov", "101"),
        ("Anna Kowalska", "102"),
    ];

    private static readonly (string Name, string Company, string Phone, int? Manager)[] Clients =
    [
        ("Dmitry Volkov", "Acme Ltd", "+7 999 123 45 67", 0),
        ("Marta Nowak", "Beta Sp. z o.o.", "+48 601 234 567", 2),
        ("Sergey Orlov", "Gamma LLC", "+7 912 000 11 22", 1),
        ("John Smith", "Delta Inc", "+44 20 3769 1881", null),
    ];

    /// <summary>The first demo client's number: a call from it is routed to their manager, the first employee.</summary>
    public static string ClientNumber => Clients[0].Phone;

    public async Task<DemoResult> LoadAsync(int? userId, CancellationToken ct = default)
    {
        await pbx.FetchAsync(ct);
        var known = (await employees.ListAsync(ct: ct)).ToDictionary(e => e.Name, e => e.Id);
        var team = new List<int>();
        foreach (var (name, extension) in Team)
        {
            if (!known.TryGetValue(name, out var id))
                id = await employees.SaveAsync(new EmployeeEdit { Name = name }, ct);
            team.Add(id);
            if ((await extensions.ListAsync(ct)).Any(x => x.Number == extension && !x.IsRemoved))
                await extensions.MapAsync(extension, id, takeFromOther: true, ct);
        }

        var added = 0;
        foreach (var (name, company, phone, manager) in Clients)
        {
            var existing = await clients.ListAsync(new Paging.PageRequest(Take: 1, Search: phone), ct);
            if (existing.Total > 0)
                continue;
            await clients.SaveAsync(new ClientEdit
            {
                Name = name,
                Company = company,
                ResponsibleEmployeeId = manager is { } m ? team[m] : null,
                Phones = [new PhoneEdit { Label = "mobile", Number = phone }],
            }, ct);
            added++;
        }

        var linked = userId is { } user && await employees.LinkUserAsync(user, team[0], ct);
        logger.LogInformation("Demo data loaded: {Employees} employees, {Clients} new clients, user linked {Linked}", team.Count, added, linked);
        return new DemoResult(team.Count, added, linked ? Team[0].Name : null);
    }
}

public sealed record DemoResult(int Employees, int NewClients, string? LinkedEmployee);
