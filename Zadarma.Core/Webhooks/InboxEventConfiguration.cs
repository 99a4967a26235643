using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Zadarma.Core.Webhooks;

internal sealed class InboxEventConfiguration : IEntityTypeConfiguration<InboxEvent>
{
    public void Configure(EntityTypeBuilder<InboxEvent> e)
    {
        e.ToTable("InboxEvents");
        e.Property(x => x.Key).HasMaxLength(64);
        e.Property(x => x.Event).HasMaxLength(50);
        e.Property(x => x.PbxCallId).HasMaxLength(100);
        e.Property(x => x.LastError).HasMaxLength(1000);
        e.HasIndex(x => x.Key).IsUnique();
        e.HasIndex(x => x.PbxCallId);
        e.HasIndex(x => new { x.IsApplied, x.NextAttemptUtc });
    }
}
