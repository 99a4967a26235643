using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Zadarma.Core.Calls;

/// <summary>
/// The journal's lookup tables by employee and by client. Triggers on <c>Calls</c> fill them whenever a call's lists or
/// start change, so every way a call is written (the inbox, an edit, a migration) keeps them whole.
/// </summary>
internal sealed class CallLinkConfiguration : IEntityTypeConfiguration<CallEmployeeLink>, IEntityTypeConfiguration<CallClientLink>
{
    public void Configure(EntityTypeBuilder<CallEmployeeLink> e)
    {
        e.ToTable("CallEmployees");
        e.HasKey(x => new { x.EmployeeId, x.CallId });
        e.HasIndex(x => new { x.EmployeeId, x.StartUtc, x.CallId });
        e.HasIndex(x => x.CallId);
        e.HasOne<Call>().WithMany().HasForeignKey(x => x.CallId).OnDelete(DeleteBehavior.Cascade);
    }

    public void Configure(EntityTypeBuilder<CallClientLink> e)
    {
        e.ToTable("CallClients");
        e.HasKey(x => new { x.ClientId, x.CallId });
        e.HasIndex(x => new { x.ClientId, x.StartUtc, x.CallId });
        e.HasIndex(x => x.CallId);
        e.HasOne<Call>().WithMany().HasForeignKey(x => x.CallId).OnDelete(DeleteBehavior.Cascade);
    }
}
