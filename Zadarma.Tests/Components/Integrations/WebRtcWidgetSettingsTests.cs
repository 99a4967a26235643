using AngleSharp.Dom;
using Bunit;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Localization;
using MudBlazor;
using Zadarma.Blazor;
using Zadarma.Blazor.Components.Integrations;
using Zadarma.Core.Settings;
using Zadarma.Core.WebRtc;

namespace Zadarma.Tests.Components.Integrations;

public sealed class WebRtcWidgetSettingsTests : ComponentTest
{
    private readonly ZadarmaConnectionEdit _edit = new() { WebRtcEnabled = true };

    private IRenderedComponent<WebRtcWidgetSettings> RenderSettings(params ZadarmaConnectionError[] errors)
    {
        var l = Services.GetRequiredService<IStringLocalizer<Strings>>();
        return Render<WebRtcWidgetSettings>(p => p
            .Add(s => s.Edit, _edit)
            .Add(s => s.Errors, new FieldErrors(errors, l)));
    }

    [Theory]
    [InlineData("en", "Square", "The phone panel with square corners.", "Bottom right", "The usual place, away from the menu.")]
    [InlineData("ru", "Квадратная", "Панель телефона с прямыми углами.", "Внизу справа", "Обычное место, в стороне от меню.")]
    [InlineData("pl", "Kwadratowy", "Panel telefonu z prostymi narożnikami.", "Na dole po prawej", "Zwykłe miejsce, z dala od menu.")]
    public void Shape_and_place_are_named_choices_each_with_a_sentence(string culture, string square, string squareHelp, string bottomRight, string bottomRightHelp)
    {
        UseCulture(culture);
        var settings = RenderSettings();

        var shapes = Choices(settings, ".webrtc-shape");
        Assert.Equal(2, shapes.Count);
        Assert.Equal((square, squareHelp), shapes[0]);
        var places = Choices(settings, ".webrtc-position");
        Assert.Equal(4, places.Count);
        Assert.Equal((bottomRight, bottomRightHelp), places[0]);
        Assert.All(places, p => Assert.False(string.IsNullOrWhiteSpace(p.Help)));
        // No raw notation on the screen.
        Assert.DoesNotContain("{right:", settings.Markup);
    }

    [Fact]
    public void Choosing_a_corner_and_a_shape_sets_what_the_widget_is_given()
    {
        UseCulture("en");
        var settings = RenderSettings();
        Assert.True(Radio(settings, ".webrtc-position", "Bottom right").HasAttribute("checked"));

        Radio(settings, ".webrtc-position", "Top left").Click();
        Radio(settings, ".webrtc-shape", "Rounded").Click();

        Assert.Equal(WidgetPosition.Of(WidgetPlacement.TopLeft), _edit.WebRtcPosition);
        Assert.Equal(WidgetShape.Rounded, _edit.WebRtcShape);
        Assert.True(Radio(settings, ".webrtc-position", "Top left").HasAttribute("checked"));
    }

    [Fact]
    public void A_position_set_another_way_is_kept_and_shown_as_it_is()
    {
        UseCulture("en");
        _edit.WebRtcPosition = "{left:'12px',bottom:'12px'}";
        var settings = RenderSettings();

        var custom = Radio(settings, ".webrtc-position", "As set before");
        Assert.True(custom.HasAttribute("checked"));
        Assert.Contains("Kept as it is: {left:'12px',bottom:'12px'}.", settings.Find(".webrtc-position").TextContent);
        Assert.Equal("{left:'12px',bottom:'12px'}", _edit.WebRtcPosition);
    }

    [Fact]
    public void A_corner_written_with_spaces_is_recognised()
    {
        UseCulture("en");
        _edit.WebRtcPosition = "{ right: '10px', bottom: '5px' }";
        var settings = RenderSettings();

        Assert.True(Radio(settings, ".webrtc-position", "Bottom right").HasAttribute("checked"));
        Assert.DoesNotContain(settings.FindAll(".webrtc-position .choice-title"), t => t.TextContent == "As set before");
    }

    [Fact]
    public void The_loader_scripts_fold_away_and_open_when_one_is_wrong()
    {
        UseCulture("en");
        var folded = RenderSettings();
        Assert.Contains("Widget scripts (advanced)", folded.Find(".webrtc-scripts").TextContent);
        Assert.Empty(folded.FindAll(".webrtc-scripts .mud-panel-expanded"));

        var wrong = RenderSettings(ZadarmaConnectionError.WebRtcFnScriptInvalid);
        Assert.Single(wrong.FindAll(".webrtc-scripts .mud-panel-expanded"));
        Assert.Contains("Enter the script's full address, starting with https://.", wrong.Find(".webrtc-scripts").TextContent);
    }

    [Fact]
    public async Task The_zadarma_tab_saves_the_chosen_corner_and_shape()
    {
        UseCulture("en");
        var db = await UseDatabaseAsync();
        ZadarmaServices.Add(Services, db, new ScriptedNetwork());
        AddAuthorization().SetAuthorized("admin");
        Render<MudPopoverProvider>();
        var tab = Render<ZadarmaTab>();
        tab.WaitForElement(".zadarma-tab");
        tab.FindAll("label.mud-switch").Single(l => l.TextContent.Contains("WebRTC widget")).QuerySelector("input")!.Change(true);

        tab.FindAll(".webrtc-position label").Single(l => l.TextContent.Contains("Bottom left")).QuerySelector("input")!.Click();
        tab.FindAll(".webrtc-shape label").Single(l => l.TextContent.Contains("Rounded")).QuerySelector("input")!.Click();
        await tab.FindAll("button").Single(b => b.TextContent.Trim() == "Save").ClickAsync(new());

        var saved = await db.Settings.GetAsync();
        Assert.Equal((true, "rounded", "{left:'10px',bottom:'5px'}"), (saved.WebRtcEnabled, saved.WebRtcShape, saved.WebRtcPosition));
    }

    private static List<(string Title, string Help)> Choices(IRenderedComponent<WebRtcWidgetSettings> settings, string group) =>
        settings.FindAll($"{group} .mud-radio")
            .Select(r => (r.QuerySelector(".choice-title")!.TextContent.Trim(), r.QuerySelector(".choice-help")!.TextContent.Trim()))
            .ToList();

    private static IElement Radio(IRenderedComponent<WebRtcWidgetSettings> settings, string group, string title) =>
        settings.FindAll($"{group} label").Single(l => l.QuerySelector(".choice-title")?.TextContent.Trim() == title).QuerySelector("input")!;
}
