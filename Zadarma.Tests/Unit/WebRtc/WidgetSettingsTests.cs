using Zadarma.Core.Settings;
using Zadarma.Core.WebRtc;

namespace Zadarma.Tests.Unit.WebRtc;

/// <summary>What the Zadarma tab accepts for the widget's scripts, shape and position.</summary>
public sealed class WidgetSettingsTests
{
    private static ZadarmaConnectionEdit Edit(Action<ZadarmaConnectionEdit> change)
    {
        var edit = new ZadarmaConnectionEdit { UseSandbox = true, WebRtcEnabled = true, RoutingReturnTimeout = 20 };
        change(edit);
        return edit;
    }

    private static IReadOnlyList<ZadarmaConnectionError> Errors(ZadarmaConnectionEdit edit) => edit.Validate(secretSaved: false, sandboxAvailable: true, keySaved: false);

    [Fact]
    public void The_defaults_are_valid() => Assert.Empty(Errors(Edit(_ => { })));

    [Theory]
    [InlineData("ftp://cdn.test/lib.js")]
    [InlineData("/webphone/lib.js")]
    [InlineData("javascript:alert(1)")]
    [InlineData("")]
    public void Scripts_need_an_absolute_http_address(string address)
    {
        var errors = Errors(Edit(e => (e.WebRtcLibScriptUrl, e.WebRtcFnScriptUrl) = (address, address)));

        Assert.Equal([ZadarmaConnectionError.WebRtcLibScriptInvalid, ZadarmaConnectionError.WebRtcFnScriptInvalid], errors);
    }

    [Theory]
    [InlineData("square", true)]
    [InlineData("rounded", true)]
    [InlineData("round", false)]
    [InlineData("Square", false)]
    public void The_shape_is_square_or_rounded(string shape, bool valid) =>
        Assert.Equal(valid, !Errors(Edit(e => e.WebRtcShape = shape)).Contains(ZadarmaConnectionError.WebRtcShapeInvalid));

    [Theory]
    [InlineData("{right:'10px',bottom:'5px'}", true)]
    [InlineData("{ left: '2%', top: '1.5rem' }", true)]
    [InlineData("{bottom:'0px'}", true)]
    [InlineData("{right:'10px',bottom:'5px'};alert(1)", false)]
    [InlineData("{right:'10px';color:'red'}", false)]
    [InlineData("{}", false)]
    [InlineData("right: 10px", false)]
    public void The_position_is_page_edges_with_lengths(string position, bool valid) =>
        Assert.Equal(valid, WidgetPosition.IsValid(position));

    [Fact]
    public void Hidden_widget_fields_do_not_block_saving_while_the_widget_is_off()
    {
        var errors = Errors(Edit(e => (e.WebRtcEnabled, e.WebRtcLibScriptUrl, e.WebRtcShape) = (false, "nope", "oval")));

        Assert.Empty(errors);
    }

    [Fact]
    public void Each_named_corner_is_a_valid_position_and_is_recognised_again()
    {
        foreach (var placement in Enum.GetValues<WidgetPlacement>())
        {
            Assert.True(WidgetPosition.IsValid(WidgetPosition.Of(placement)));
            Assert.Equal(placement, WidgetPosition.PlacementOf(WidgetPosition.Of(placement)));
        }
        Assert.Equal(WidgetPosition.Default, WidgetPosition.Of(WidgetPlacement.BottomRight));
    }

    [Theory]
    [InlineData("{ right: '10px', bottom: '5px' }", WidgetPlacement.BottomRight)]
    [InlineData("{left:'10px',bottom:'5px'}", WidgetPlacement.BottomLeft)]
    [InlineData("{left:'12px',bottom:'12px'}", null)]
    [InlineData("{bottom:'5px',right:'10px'}", null)]
    [InlineData(null, null)]
    public void A_position_is_a_named_corner_only_when_it_is_that_corner(string? position, WidgetPlacement? placement) =>
        Assert.Equal(placement, WidgetPosition.PlacementOf(position));
}
