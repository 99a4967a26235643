using MudBlazor;

namespace Zadarma.Blazor.Components.Layout;

/// <summary>The app's one theme: a light and a dark palette of the same colours, and the typography every screen shares.</summary>
public static class AppTheme
{
    public static readonly MudTheme Theme = new()
    {
        PaletteLight = new PaletteLight
        {
            Primary = "#3949ab",
            Secondary = "#00897b",
            AppbarBackground = "#3949ab",
            Background = "#f6f7fb",
            // Darker than MudBlazor's default, which falls just short of 4.5:1 on this background.
            TextSecondary = "rgba(0,0,0,0.64)",
            Surface = "#ffffff",
            DrawerBackground = "#ffffff",
            Success = "#2e7d32",
            Warning = "#b26a00",
            Error = "#c62828",
            Info = "#0277bd",
        },
        PaletteDark = new PaletteDark
        {
            Primary = "#8c9eff",
            Secondary = "#4db6ac",
            AppbarBackground = "#1e2233",
            Background = "#14161f",
            TextPrimary = "rgba(255,255,255,0.92)",
            TextSecondary = "rgba(255,255,255,0.72)",
            Surface = "#1e2130",
            DrawerBackground = "#1a1d2a",
            Success = "#66bb6a",
            Warning = "#ffb74d",
            Error = "#ef7a7a",
            Info = "#4fc3f7",
            // The dark palette's colours are light: text on them is dark, or it falls short of WCAG contrast.
            PrimaryContrastText = "#10131c",
            SecondaryContrastText = "#10131c",
            SuccessContrastText = "#10131c",
            WarningContrastText = "#10131c",
            ErrorContrastText = "#10131c",
            InfoContrastText = "#10131c",
            // Text alerts and chips write in the "darken" shade, which on a dark surface must be the lighter one.
            SuccessDarken = "#a5d6a7",
            WarningDarken = "#ffd08a",
            ErrorDarken = "#ffb3b3",
            InfoDarken = "#9be1ff",
        },
        LayoutProperties = new LayoutProperties
        {
            DefaultBorderRadius = "8px",
            DrawerWidthLeft = "240px",
        },
    };
}
