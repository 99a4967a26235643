using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Migrations;

namespace Zadarma.Core.Persistence.Migrations;

/// <summary>The WebRTC widget's loader scripts, shape and position.</summary>
[DbContext(typeof(ZadarmaDb))]
[Migration("20261122000400_WebRtcWidget")]
public sealed class WebRtcWidget : Migration
{
    protected override void Up(MigrationBuilder migration)
    {
        migration.AddColumn<string>("WebRtcLibScriptUrl", "Settings", maxLength: 500, nullable: false,
            defaultValue: "https://my.zadarma.com/webphoneWebRTCWidget/v9/js/loader-phone-lib.js?sub_v=1");
        migration.AddColumn<string>("WebRtcFnScriptUrl", "Settings", maxLength: 500, nullable: false,
            defaultValue: "https://my.zadarma.com/webphoneWebRTCWidget/v9/js/loader-phone-fn.js?sub_v=1");
        migration.AddColumn<string>("WebRtcShape", "Settings", maxLength: 10, nullable: false, defaultValue: "square");
        migration.AddColumn<string>("WebRtcPosition", "Settings", maxLength: 100, nullable: false, defaultValue: "{right:'10px',bottom:'5px'}");
    }

    protected override void Down(MigrationBuilder migration)
    {
        foreach (var column in new[] { "WebRtcLibScriptUrl", "WebRtcFnScriptUrl", "WebRtcShape", "WebRtcPosition" })
            migration.DropColumn(column, "Settings");
    }
}
