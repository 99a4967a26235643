using System.Text.RegularExpressions;
using Microsoft.AspNetCore.Components.Rendering;
using MudBlazor;

namespace Zadarma.Blazor.Components.Layout;

/// <summary>
/// The dark palette, applied by the browser when the device prefers dark. Pages without a circuit (sign-in, setup)
/// cannot ask the browser which it prefers, nor do they know a user's choice: the stylesheet decides instead.
/// Render it after a light <see cref="MudThemeProvider"/>, whose variables it overrides.
/// </summary>
public sealed partial class DeviceDarkTheme : MudThemeProvider
{
    public DeviceDarkTheme()
    {
        IsDarkMode = true;
        DefaultScrollbar = true;
    }

    protected override void BuildRenderTree(RenderTreeBuilder builder)
    {
        var variables = StyleTags().Replace(BuildTheme(), "");
        builder.AddMarkupContent(0, $"<style>@media (prefers-color-scheme: dark) {{ {variables} }}</style>");
    }

    [GeneratedRegex("</?style[^>]*>")]
    private static partial Regex StyleTags();
}
