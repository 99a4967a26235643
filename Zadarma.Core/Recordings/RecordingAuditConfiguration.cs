using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Zadarma.Core.Recordings;

internal sealed class RecordingAuditConfiguration : IEntityTypeConfiguration<RecordingAudit>
{
    public void Configure(EntityTypeBuilder<RecordingAudit> e)
    {
        e.ToTable("RecordingAudits");
        e.Property(x => x.UserName).HasMaxLength(100);
        e.Property(x => x.PbxCallId).HasMaxLength(100);
        e.Property(x => x.RecordingId).HasMaxLength(100);
        e.Property(x => x.Action).HasConversion<string>().HasMaxLength(10);
        e.Property(x => x.Source).HasConversion<string>().HasMaxLength(10);
        e.HasIndex(x => x.AtUtc);
    }
}
