using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using Zadarma.Core.Persistence;

namespace Zadarma.Core.Directory;

internal sealed class EmployeeConfiguration : IEntityTypeConfiguration<Employee>
{
    public void Configure(EntityTypeBuilder<Employee> e)
    {
        e.Property(x => x.Name).HasMaxLength(200);
        e.Property(x => x.SearchText).HasMaxLength(200).HasExistingRowsDefault("");
        e.HasOne(x => x.User).WithMany().HasForeignKey(x => x.UserId).OnDelete(DeleteBehavior.SetNull);
        e.HasIndex(x => x.UserId).IsUnique();
    }
}

internal sealed class ClientConfiguration : IEntityTypeConfiguration<Client>
{
    public void Configure(EntityTypeBuilder<Client> e)
    {
        e.Property(x => x.Name).HasMaxLength(200);
        e.Property(x => x.Company).HasMaxLength(200);
        e.Property(x => x.SearchText).HasMaxLength(401);
        e.HasOne(x => x.ResponsibleEmployee).WithMany().HasForeignKey(x => x.ResponsibleEmployeeId).OnDelete(DeleteBehavior.SetNull);
        e.HasMany(x => x.Phones).WithOne(p => p.Client).HasForeignKey(p => p.ClientId).OnDelete(DeleteBehavior.Cascade);
        e.HasIndex(x => x.Name);
        e.HasIndex(x => x.ResponsibleEmployeeId);
        // Searches of one or two letters match the start of the name: a prefix of this index.
        e.HasIndex(x => x.SearchText);
    }
}

/// <summary>
/// The FTS5 table is made by the ClientSearch migration (EF cannot make virtual tables). A migration that rebuilds
/// <c>Clients</c> drops the triggers that keep it and must make them again.
/// </summary>
internal sealed class ClientSearchConfiguration : IEntityTypeConfiguration<ClientSearchEntry>
{
    public void Configure(EntityTypeBuilder<ClientSearchEntry> e)
    {
        e.ToTable("ClientSearch", t => t.ExcludeFromMigrations());
        e.HasKey(x => x.Id);
        e.Property(x => x.Id).HasColumnName("rowid");
    }
}

internal sealed class ClientPhoneConfiguration : IEntityTypeConfiguration<ClientPhone>
{
    public void Configure(EntityTypeBuilder<ClientPhone> e)
    {
        e.Property(x => x.Label).HasMaxLength(50);
        e.Property(x => x.E164).HasMaxLength(16);
        e.Property(x => x.ReversedDigits).HasMaxLength(15);
        e.HasIndex(x => x.E164);
        e.HasIndex(x => x.ReversedDigits);
        e.HasIndex(x => x.ClientId);
    }
}
