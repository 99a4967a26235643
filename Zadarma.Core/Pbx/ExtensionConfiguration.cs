using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Zadarma.Core.Pbx;

internal sealed class ExtensionConfiguration : IEntityTypeConfiguration<Extension>
{
    public void Configure(EntityTypeBuilder<Extension> e)
    {
        e.Property(x => x.Number).HasMaxLength(20);
        e.Property(x => x.Name).HasMaxLength(200);
        e.HasIndex(x => x.Number).IsUnique();
        e.HasIndex(x => x.EmployeeId).IsUnique().HasFilter("EmployeeId IS NOT NULL");
        e.HasOne(x => x.Employee).WithMany().HasForeignKey(x => x.EmployeeId).OnDelete(DeleteBehavior.SetNull);
    }
}
