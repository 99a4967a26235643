using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Zadarma.Core.Settings;

internal sealed class AppSettingsConfiguration : IEntityTypeConfiguration<AppSettings>
{
    public void Configure(EntityTypeBuilder<AppSettings> e)
    {
        e.Property(x => x.Id).ValueGeneratedNever();
        e.Property(x => x.DefaultCountry).HasMaxLength(2);
    }
}
