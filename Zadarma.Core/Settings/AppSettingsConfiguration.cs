using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using Zadarma.Core.Persistence;

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
        e.Property(x => x.PublicAddress).HasMaxLength(300);
        e.Property(x => x.WebRtcLibScriptUrl).HasMaxLength(500);
        e.Property(x => x.WebRtcFnScriptUrl).HasMaxLength(500);
        e.Property(x => x.WebRtcShape).HasMaxLength(10);
        e.Property(x => x.WebRtcPosition).HasMaxLength(100);

        // Literals, not the class's defaults: they are what the migrations wrote, and a new default in code should not
        // make the next generated migration rebuild the table.
        e.Property(x => x.ZadarmaUseSandbox).HasExistingRowsDefault(true);
        e.Property(x => x.ZadarmaUrl).HasExistingRowsDefault("https://api.zadarma.com");
        e.Property(x => x.PlayRecordingsRemotely).HasExistingRowsDefault(true);
        e.Property(x => x.WebRtcEnabled).HasExistingRowsDefault(false);
        e.Property(x => x.RoutingEnabled).HasExistingRowsDefault(true);
        e.Property(x => x.RoutingReturnTimeout).HasExistingRowsDefault(20);
        e.Property(x => x.SendCallerName).HasExistingRowsDefault(true);
        e.Property(x => x.PbxUtcOffsetMinutes).HasExistingRowsDefault(180);
        e.Property(x => x.WebRtcLibScriptUrl).HasExistingRowsDefault("https://my.zadarma.com/webphoneWebRTCWidget/v9/js/loader-phone-lib.js?sub_v=1");
        e.Property(x => x.WebRtcFnScriptUrl).HasExistingRowsDefault("https://my.zadarma.com/webphoneWebRTCWidget/v9/js/loader-phone-fn.js?sub_v=1");
        e.Property(x => x.WebRtcShape).HasExistingRowsDefault("square");
        e.Property(x => x.WebRtcPosition).HasExistingRowsDefault("{right:'10px',bottom:'5px'}");
        e.Property(x => x.AgentsMayListenToOwnCalls).HasExistingRowsDefault(false);
    }
}
