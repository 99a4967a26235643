using Microsoft.Extensions.Logging;
using Zadarma.Core.Accounts;
using Zadarma.Core.Directory;
using Zadarma.Core.Pbx;

namespace Zadarma.Core.Demo;

/// <summary>
/// One click to see routing and popups on the sandbox: employees on the sandbox extensions, clients with
/// responsible managers and notes, and the admin who clicked linked to the first employee so their popups show.
/// Names, companies and notes come in the language chosen at setup.
/// </summary>
public sealed class DemoData(
    PbxFetch pbx,
    ExtensionStore extensions,
    EmployeeStore employees,
    ClientStore clients,
    UserAccounts accounts,
    ILogger<DemoData> logger)
{
    /// <summary>The first demo client's number, in every language: a call from it is routed to their manager, the first employee.</summary>
    public static string ClientNumber => DemoContent.English.Clients[0].Phone;

    public async Task<DemoResult> LoadAsync(int? userId, CancellationToken ct = default)
    {
        var language = await accounts.SetupLanguageAsync(ct);
        var content = DemoContent.For(language);
        await pbx.FetchAsync(ct);
        var known = (await employees.ListAsync(ct: ct)).ToDictionary(e => e.Name, e => e.Id);
        var team = new List<int>();
        foreach (var member in content.Team)
        {
            if (!known.TryGetValue(member.Name, out var id))
                id = await employees.SaveAsync(new EmployeeEdit { Name = member.Name }, ct);
            team.Add(id);
            if ((await extensions.ListAsync(ct)).Any(x => x.Number == member.Extension && !x.IsRemoved))
                await extensions.MapAsync(member.Extension, id, takeFromOther: true, ct);
        }

        var added = 0;
        foreach (var client in content.Clients)
        {
            var existing = await clients.ListAsync(new Paging.PageRequest(Take: 1, Search: client.Phone), ct);
            if (existing.Total > 0)
                continue;
            await clients.SaveAsync(new ClientEdit
            {
                Name = client.Name,
                Company = client.Company,
                Notes = client.Notes,
                ResponsibleEmployeeId = client.Manager is { } m ? team[m] : null,
                Phones = [new PhoneEdit { Label = client.IsOffice ? content.WorkLabel : content.MobileLabel, Number = client.Phone }],
            }, ct);
            added++;
        }

        var linked = userId is { } user && await employees.LinkUserAsync(user, team[0], ct);
        logger.LogInformation("Demo data loaded in {Language}: {Employees} employees, {Clients} new clients, user linked {Linked}",
            language ?? "en", team.Count, added, linked);
        return new DemoResult(team.Count, added, linked ? content.Team[0].Name : null);
    }
}

public sealed record DemoResult(int Employees, int NewClients, string? LinkedEmployee);
