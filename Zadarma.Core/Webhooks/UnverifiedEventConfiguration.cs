using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Zadarma.Core.Webhooks;

internal sealed class UnverifiedEventConfiguration : IEntityTypeConfiguration<UnverifiedEvent>
{
    public void Configure(EntityTypeBuilder<UnverifiedEvent> e)
    {
        e.ToTable("UnverifiedEvents");
        e.Property(x => x.Event).HasMaxLength(50);
        e.Property(x => x.Signature).HasMaxLength(200);
        e.Property(x => x.Sender).HasMaxLength(50);
    }
}
