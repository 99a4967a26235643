using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Zadarma.Core.Accounts;

internal sealed class UserConfiguration : IEntityTypeConfiguration<User>
{
    public void Configure(EntityTypeBuilder<User> e)
    {
        e.Property(u => u.UserName).HasMaxLength(100);
        e.Property(u => u.Role).HasConversion<string>().HasMaxLength(20);
        e.Property(u => u.Language).HasMaxLength(10);
        e.Property(u => u.NormalizedUserName).HasMaxLength(100);
        e.HasIndex(u => u.UserName).IsUnique();
        e.HasIndex(u => u.NormalizedUserName).IsUnique();
    }
}
