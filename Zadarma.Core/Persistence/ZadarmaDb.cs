using Microsoft.EntityFrameworkCore;
using Zadarma.Core.Accounts;
using Zadarma.Core.Directory;
using Zadarma.Core.Settings;

namespace Zadarma.Core.Persistence;

/// <summary>The app's database. The schema is built by the hand-written migrations beside this file.</summary>
public sealed class ZadarmaDb(DbContextOptions<ZadarmaDb> options) : DbContext(options)
{
    public DbSet<User> Users => Set<User>();
    public DbSet<Employee> Employees => Set<Employee>();
    public DbSet<Client> Clients => Set<Client>();
    public DbSet<ClientPhone> ClientPhones => Set<ClientPhone>();
    public DbSet<AppSettings> Settings => Set<AppSettings>();

    protected override void OnModelCreating(ModelBuilder model)
    {
        model.Entity<User>(e =>
        {
            e.Property(u => u.UserName).HasMaxLength(100);
            e.Property(u => u.Role).HasConversion<string>().HasMaxLength(20);
            e.Property(u => u.Language).HasMaxLength(10);
            e.HasIndex(u => u.UserName).IsUnique();
        });

        model.Entity<Employee>(e =>
        {
            e.Property(x => x.Name).HasMaxLength(200);
            e.HasOne(x => x.User).WithMany().HasForeignKey(x => x.UserId).OnDelete(DeleteBehavior.SetNull);
            e.HasIndex(x => x.UserId).IsUnique();
        });

        model.Entity<Client>(e =>
        {
            e.Property(x => x.Name).HasMaxLength(200);
            e.Property(x => x.Company).HasMaxLength(200);
            e.Property(x => x.SearchText).HasMaxLength(401);
            e.HasOne(x => x.ResponsibleEmployee).WithMany().HasForeignKey(x => x.ResponsibleEmployeeId).OnDelete(DeleteBehavior.SetNull);
            e.HasMany(x => x.Phones).WithOne(p => p.Client).HasForeignKey(p => p.ClientId).OnDelete(DeleteBehavior.Cascade);
            e.HasIndex(x => x.Name);
            e.HasIndex(x => x.ResponsibleEmployeeId);
        });

        model.Entity<ClientPhone>(e =>
        {
            e.Property(x => x.Label).HasMaxLength(50);
            e.Property(x => x.E164).HasMaxLength(16);
            e.Property(x => x.ReversedDigits).HasMaxLength(15);
            e.HasIndex(x => x.E164);
            e.HasIndex(x => x.ReversedDigits);
            e.HasIndex(x => x.ClientId);
        });

        model.Entity<AppSettings>(e =>
        {
            e.Property(x => x.Id).ValueGeneratedNever();
            e.Property(x => x.DefaultCountry).HasMaxLength(2);
        });
    }
}
