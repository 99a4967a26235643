using Microsoft.AspNetCore.Components;

namespace Zadarma.Blazor.Components.Calls;

/// <summary>
/// One line of text that ends in an ellipsis where the space runs out, the whole of it on hover. Markup, not a
/// component: it stands on every row of the Calls grid, and a component there costs each open tab its state and two
/// render trees for a span that never changes by itself.
/// </summary>
public static class Truncated
{
    public static RenderFragment Line(string text, string? @class = null) => builder =>
    {
        builder.OpenElement(0, "span");
        builder.AddAttribute(1, "class", @class is null ? "truncated" : "truncated " + @class);
        builder.AddAttribute(2, "title", text);
        builder.AddContent(3, text);
        builder.CloseElement();
    };
}
