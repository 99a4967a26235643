using Microsoft.EntityFrameworkCore;
using Zadarma.Core.Accounts;
using Zadarma.Core.Directory;
using Zadarma.Core.Persistence;

namespace Zadarma.Blazor.Hosting;

/// <summary>Brings the database up to date at start-up, before the server takes its first request.</summary>
public sealed class DatabaseMigration(
    IDbContextFactory<ZadarmaDb> factory,
    UserAccounts accounts,
    EmployeeStore employees,
    ILogger<DatabaseMigration> logger,
    DataPath dataPath) : IHostedService
{
    public async Task StartAsync(CancellationToken cancellationToken)
    {
        await Database.MigrateAsync(factory, cancellationToken);
        // Migrations fold text in SQL, which knows only ASCII letters; these finish the job for the rest.
        await accounts.NormalizeSavedNamesAsync(cancellationToken);
        await employees.RefreshSearchTextAsync(cancellationToken);
        logger.LogInformation("Database ready in {DataPath}", dataPath.Value);
    }

    public Task StopAsync(CancellationToken cancellationToken) => Task.CompletedTask;
}
