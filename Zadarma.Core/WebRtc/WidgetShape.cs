namespace Zadarma.Core.WebRtc;

/// <summary>The widget's two looks, as <c>zadarmaWidgetFn</c> spells them.</summary>
public static class WidgetShape
{
    public const string Square = "square";
    public const string Rounded = "rounded";

    public static readonly IReadOnlyList<string> All = [Square, Rounded];

    public static bool IsValid(string? shape) => shape is Square or Rounded;
}
