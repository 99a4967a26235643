using System.Diagnostics.CodeAnalysis;

namespace Zadarma.Core.Directory;

/// <summary>What the PBX writes where a caller's number would be, when it is not a client's phone number.</summary>
public static class ReportedNumber
{
    /// <summary>Longer than any extension of a Zadarma PBX and any short service number, shorter than any phone number.</summary>
    private const int MaxExtensionDigits = 5;

    /// <summary>Zadarma writes a hidden number as 0; carriers also pass words such as "anonymous" or "unknown".</summary>
    public static bool IsHidden([NotNullWhen(false)] string? raw) => raw is null || !raw.Any(c => c is >= '1' and <= '9');

    /// <summary>An extension of the PBX itself ("100") or a short service number: nobody's client.</summary>
    public static bool IsExtension(string raw)
    {
        var text = raw.AsSpan().Trim();
        return text.Length is > 0 and <= MaxExtensionDigits && !text.ContainsAnyExcept("0123456789");
    }
}
