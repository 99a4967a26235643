using Microsoft.EntityFrameworkCore;
using Zadarma.Core.Accounts;
using Zadarma.Core.Persistence;

namespace Zadarma.Blazor.Hosting;

/// <summary>Brings the database up to date at start-up, before the server takes its first request.</summary>
public sealed class DatabaseMigration(IDbContextFactory<ZadarmaDb> factory, UserAccounts accounts, ILogger<DatabaseMigration> logger, DataPath dataPath) : IHostedService
{
    public async Task StartAsync(CancellationToken cancellationToken)
    {
        await Database.MigrateAsync(factory, cancellationToken);
        await accounts.NormalizeSavedNamesAsync(cancellationToken);
        logger.LogInformation("Database ready in {DataPath}", dataPath.Value);
    }

    public Task StopAsync(CancellationToken cancellationToken) => Task.CompletedTask;
}
