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
        // Partial indexes: the waiting are a handful and the applied millions, so each read touches only its own kind.
        // The waiting are read in id order, so their index is on the id: SQLite then prefers it to the table's own.
        e.HasIndex(x => x.Id, "IX_InboxEvents_Waiting").HasFilter("NOT \"IsApplied\"");
        e.HasIndex(x => x.ReceivedUtc, "IX_InboxEvents_Applied").HasFilter("\"IsApplied\"");
    }
}
