using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Zadarma.Core.Calls;

/// <summary>
/// The FTS5 table is made by the CallSearch migration (EF cannot make virtual tables). A migration that rebuilds
/// <c>Calls</c> drops the triggers that keep it and must make them again.
/// </summary>
internal sealed class CallNoteSearchConfiguration : IEntityTypeConfiguration<CallNoteSearchEntry>
{
    public void Configure(EntityTypeBuilder<CallNoteSearchEntry> e)
    {
        e.ToTable("CallNoteSearch", t => t.ExcludeFromMigrations());
        e.HasKey(x => x.Id);
        e.Property(x => x.Id).HasColumnName("rowid");
    }
}
