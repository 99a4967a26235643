using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using Zadarma.Core.Persistence;

namespace Zadarma.Core.Accounts;

internal sealed class UserConfiguration : IEntityTypeConfiguration<User>
{
    public void Configure(EntityTypeBuilder<User> e)
    {
        // Names were unique regardless of ASCII case before the normalized copy existed; the column keeps that rule.
        e.Property(u => u.UserName).HasMaxLength(100).UseCollation("NOCASE");
        e.Property(u => u.Role).HasConversion<string>().HasMaxLength(20);
        e.Property(u => u.Language).HasMaxLength(10);
        e.Property(u => u.TimeZone).HasMaxLength(64);
        e.Property(u => u.Theme).HasConversion<string>().HasMaxLength(10).HasExistingRowsDefault(ThemeChoice.System);
        e.Property(u => u.NormalizedUserName).HasMaxLength(100).HasExistingRowsDefault("");
        e.HasIndex(u => u.UserName).IsUnique();
        e.HasIndex(u => u.NormalizedUserName).IsUnique();
    }
}
