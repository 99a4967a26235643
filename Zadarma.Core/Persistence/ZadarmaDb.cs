using Microsoft.EntityFrameworkCore;
using Zadarma.Core.Accounts;
using Zadarma.Core.Calls;
using Zadarma.Core.Directory;
using Zadarma.Core.Pbx;
using Zadarma.Core.Recordings;
using Zadarma.Core.Settings;
using Zadarma.Core.Webhooks;

namespace Zadarma.Core.Persistence;

/// <summary>
/// The app's database. Its schema is the model configured below; a change to it becomes a migration generated with
/// the EF Core tool into <c>Migrations</c> beside this file (the first nine were written by hand).
/// </summary>
public sealed class ZadarmaDb(DbContextOptions<ZadarmaDb> options) : DbContext(options)
{
    public DbSet<User> Users => Set<User>();
    public DbSet<Employee> Employees => Set<Employee>();
    public DbSet<Client> Clients => Set<Client>();
    public DbSet<ClientPhone> ClientPhones => Set<ClientPhone>();
    public DbSet<ClientSearchEntry> ClientSearch => Set<ClientSearchEntry>();
    public DbSet<AppSettings> Settings => Set<AppSettings>();
    public DbSet<Extension> Extensions => Set<Extension>();
    public DbSet<Call> Calls => Set<Call>();
    public DbSet<CallEmployeeLink> CallEmployees => Set<CallEmployeeLink>();
    public DbSet<CallClientLink> CallClients => Set<CallClientLink>();
    public DbSet<CallNoteSearchEntry> CallNoteSearch => Set<CallNoteSearchEntry>();
    public DbSet<InboxEvent> InboxEvents => Set<InboxEvent>();
    public DbSet<UnverifiedEvent> UnverifiedEvents => Set<UnverifiedEvent>();
    public DbSet<RecordingAudit> RecordingAudits => Set<RecordingAudit>();

    /// <summary>Each feature configures its own tables in an <see cref="IEntityTypeConfiguration{TEntity}"/> beside its entities.</summary>
    protected override void OnModelCreating(ModelBuilder model) =>
        model.ApplyConfigurationsFromAssembly(typeof(ZadarmaDb).Assembly);
}
