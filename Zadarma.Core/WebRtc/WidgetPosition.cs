using System.Text.RegularExpressions;

namespace Zadarma.Core.WebRtc;

/// <summary>
/// Where the widget sits, in the notation Zadarma's loader takes: <c>{right:'10px',bottom:'5px'}</c>. Only page edges
/// with plain lengths are accepted, because the loader interprets the text as script.
/// </summary>
public static partial class WidgetPosition
{
    public const string Default = "{right:'10px',bottom:'5px'}";

    // The top corners keep clear of the app bar.
    private static readonly IReadOnlyDictionary<WidgetPlacement, string> Placements = new Dictionary<WidgetPlacement, string>
    {
        [WidgetPlacement.BottomRight] = Default,
        [WidgetPlacement.BottomLeft] = "{left:'10px',bottom:'5px'}",
        [WidgetPlacement.TopRight] = "{right:'10px',top:'60px'}",
        [WidgetPlacement.TopLeft] = "{left:'10px',top:'60px'}",
    };

    public static bool IsValid(string? position) => position is not null && Notation().IsMatch(position.Trim());

    public static string Of(WidgetPlacement placement) => Placements[placement];

    /// <summary>The named corner <paramref name="position"/> stands for; null for a position set another way, which is kept as it is.</summary>
    public static WidgetPlacement? PlacementOf(string? position)
    {
        var compact = Compact(position);
        foreach (var (placement, notation) in Placements)
        {
            if (Compact(notation) == compact)
                return placement;
        }
        return null;
    }

    private static string Compact(string? position) => string.Concat((position ?? "").Where(c => !char.IsWhiteSpace(c)));

    [GeneratedRegex(@"^\{\s*(top|right|bottom|left)\s*:\s*'\d+(\.\d+)?(px|%|em|rem)'\s*(,\s*(top|right|bottom|left)\s*:\s*'\d+(\.\d+)?(px|%|em|rem)'\s*){0,3}\}$")]
    private static partial Regex Notation();
}
