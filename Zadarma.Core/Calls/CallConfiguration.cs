using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using Zadarma.Core.Persistence;

namespace Zadarma.Core.Calls;

internal sealed class CallConfiguration : IEntityTypeConfiguration<Call>
{
    public void Configure(EntityTypeBuilder<Call> e)
    {
        e.Property(x => x.PbxCallId).HasMaxLength(100);
        e.Property(x => x.Direction).HasConversion<string>().HasMaxLength(10);
        e.Property(x => x.Disposition).HasConversion<string>().HasMaxLength(20);
        e.Property(x => x.DispositionRaw).HasMaxLength(50);
        e.Property(x => x.ClientNumberRaw).HasMaxLength(50);
        e.Property(x => x.ClientNumber).HasMaxLength(16);
        e.Property(x => x.Did).HasMaxLength(50);
        e.Property(x => x.AnsweredBy).HasMaxLength(20);
        e.Property(x => x.StaffEmployeeIds).HasExistingRowsDefault(new List<int>());
        e.HasIndex(x => x.PbxCallId).IsUnique();
        e.Property(x => x.ClientNumberReversed).HasMaxLength(15);
        // Each sort of the journal reads its own index in order; the period and other filters are checked on the way.
        // A filter's index goes on in time order, so its newest calls come first without sorting them.
        e.HasIndex(x => x.StartUtc);
        e.HasIndex(x => new { x.ClientNumber, x.StartUtc });
        e.HasIndex(x => x.ClientNumberReversed);
        // Shortest first is mostly calls nobody took: newest first among equals finds this month's at the start.
        e.HasIndex(x => new { x.TalkSeconds, x.StartUtc }).IsDescending(false, true);
        e.HasIndex(x => new { x.WaitSeconds, x.StartUtc }).IsDescending(false, true);
        e.HasIndex(x => new { x.Disposition, x.StartUtc });
        e.HasIndex(x => new { x.Direction, x.StartUtc });
        // The sorts by client and by employee read keys the triggers keep on the call (see Call.ClientSortKey): the
        // names are in other tables, and a sort across a join would read every call.
        e.Property(x => x.ClientSortKey).HasMaxLength(402);
        e.Property(x => x.EmployeeSortKey).HasMaxLength(201);
        e.HasIndex(x => new { x.ClientSortKey, x.StartUtc }).IsDescending(false, true);
        e.HasIndex(x => new { x.EmployeeSortKey, x.StartUtc }).IsDescending(false, true);
        e.HasIndex(x => new { x.IsRecorded, x.StartUtc });
        // Computed when read, so it takes no room in the row; the index keeps its own copy.
        e.Property(x => x.HasNote).HasComputedColumnSql("\"Note\" IS NOT NULL", stored: false);
        e.HasIndex(x => new { x.HasNote, x.StartUtc });
    }
}
