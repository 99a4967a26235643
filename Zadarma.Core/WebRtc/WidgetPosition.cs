using System.Text.RegularExpressions;

namespace Zadarma.Core.WebRtc;

/// <summary>
/// Where the widget sits, in the notation Zadarma's loader takes: <c>{right:'10px',bottom:'5px'}</c>. Only page edges
/// with plain lengths are accepted, because the loader interprets the text as script.
/// </summary>
public static partial class WidgetPosition
{
    public const string Default = "{right:'10px',bottom:'5px'}";

    public static bool IsValid(string? position) => position is not null && Notation().IsMatch(position.Trim());

    [GeneratedRegex(@"^\{\s*(top|right|bottom|left)\s*:\s*'\d+(\.\d+)?(px|%|em|rem)'\s*(,\s*(top|right|bottom|left)\s*:\s*'\d+(\.\d+)?(px|%|em|rem)'\s*){0,3}\}$")]
    private static partial Regex Notation();
}
