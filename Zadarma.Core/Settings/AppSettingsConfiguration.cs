using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Zadarma.Core.Settings;

internal sealed class AppSettingsConfiguration : IEntityTypeConfiguration<AppSettings>
{
    public void Configure(EntityTypeBuilder<AppSettings> e)
    {
        e.Property(x => x.Id).ValueGeneratedNever();
        e.Property(x => x.DefaultCountry).HasMaxLength(2);
        e.Property(x => x.ZadarmaUrl).HasMaxLength(300);
        e.Property(x => x.ZadarmaKey).HasMaxLength(200);
        e.Property(x => x.PbxId).HasMaxLength(20);
        e.Property(x => x.WebRtcLibScriptUrl).HasMaxLength(500);
        e.Property(x => x.WebRtcFnScriptUrl).HasMaxLength(500);
        e.Property(x => x.WebRtcShape).HasMaxLength(10);
        e.Property(x => x.WebRtcPosition).HasMaxLength(100);
    }
}
