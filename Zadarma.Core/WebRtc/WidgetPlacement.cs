namespace Zadarma.Core.WebRtc;

/// <summary>The corners admins choose the widget's place from; each stands for one <see cref="WidgetPosition"/>.</summary>
public enum WidgetPlacement
{
    BottomRight,
    BottomLeft,
    TopRight,
    TopLeft,
}
