using Microsoft.AspNetCore.Components;
using MudBlazor;

namespace Zadarma.Blazor.Components.Layout;

/// <summary>
/// An SVG icon in the markup and classes MudBlazor's icon gives it, without being a component. For icons repeated on
/// every row of a grid: as components, each would cost every open tab its state and two render trees for a drawing
/// that never changes by itself.
/// </summary>
public static class StaticIcon
{
    public static RenderFragment Svg(string icon, Size size = Size.Medium, Color color = Color.Default) => builder =>
    {
        builder.OpenElement(0, "svg");
        builder.AddAttribute(1, "class", ClassOf(size, color));
        builder.AddAttribute(2, "focusable", "false");
        builder.AddAttribute(3, "viewBox", "0 0 24 24");
        // Decoration: what the icon means is said by the element around it.
        builder.AddAttribute(4, "aria-hidden", "true");
        builder.AddAttribute(5, "role", "img");
        builder.AddMarkupContent(6, icon);
        builder.CloseElement();
    };

    private static string ClassOf(Size size, Color color)
    {
        var tint = color switch
        {
            Color.Default => " mud-icon-default",
            Color.Inherit => "",
            _ => $" mud-{color.ToString().ToLowerInvariant()}-text",
        };
        return color == Color.Default
            ? $"mud-icon-root{tint} mud-svg-icon mud-icon-size-{size.ToString().ToLowerInvariant()}"
            : $"mud-icon-root mud-svg-icon{tint} mud-icon-size-{size.ToString().ToLowerInvariant()}";
    }
}
