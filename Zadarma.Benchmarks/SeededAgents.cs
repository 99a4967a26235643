using Microsoft.AspNetCore.Identity;
using Microsoft.Extensions.Logging.Abstractions;
using Zadarma.Core.Accounts;
using Zadarma.Core.Directory;
using Zadarma.Core.Pbx;
using Zadarma.Core.Settings;

namespace Zadarma.Benchmarks;

/// <summary>
/// A data folder with an admin and agents, each with an employee, an extension and a client they look after: who the
/// benchmarks that open tabs sign in as, and who their calls are from.
/// </summary>
public static class SeededAgents
{
    public const string Password = "agent-pass-1";

    public static string UserName(int agent) => $"agent{agent + 1:D2}";

    public static string ClientNumber(int agent) => $"7900000{agent + 1:D4}";

    public static async Task SeedAsync(string data, int agents)
    {
        var factory = await BenchmarkDatabase.OpenAsync(data);
        var employees = new EmployeeStore(factory, NullLogger<EmployeeStore>.Instance);
        var accounts = new UserAccounts(factory, employees, new PasswordHasher<User>(), TimeProvider.System, NullLogger<UserAccounts>.Instance);
        var settings = new SettingsStore(factory);
        var extensions = new ExtensionStore(factory, TimeProvider.System, NullLogger<ExtensionStore>.Instance);
        var clients = new ClientStore(factory, settings, TimeProvider.System, NullLogger<ClientStore>.Instance);

        await accounts.CreateFirstAdminAsync("admin", Password);
        await extensions.MergeAsync(Enumerable.Range(0, agents).Select(i => new FetchedExtension($"{201 + i}", null)).ToList());
        for (var i = 0; i < agents; i++)
        {
            var employee = await employees.SaveAsync(new EmployeeEdit { Name = $"Agent {i + 1}" });
            var user = await accounts.CreateAsync(UserName(i), Password, Role.Agent);
            await accounts.UpdateAsync(user.Id, Role.Agent, true, employee);
            await extensions.MapAsync($"{201 + i}", employee);
            await clients.SaveAsync(new ClientEdit { Name = $"Client {i + 1}", ResponsibleEmployeeId = employee, Phones = [new PhoneEdit { Number = "+" + ClientNumber(i) }] });
        }
        // The app opens the same file next: no pooled connection of ours may hold it.
        Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
    }
}
