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
        e.HasIndex(x => x.StartUtc);
        e.HasIndex(x => x.ClientNumber);
    }
}
