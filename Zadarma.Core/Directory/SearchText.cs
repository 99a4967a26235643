using System.Globalization;
using System.Text;

namespace Zadarma.Core.Directory;

/// <summary>
/// Text as a search compares it: lower case without accents, so "lukasz" finds "Łukasz" and "елкина" finds "Ёлкина".
/// Stored names and typed searches go through the same folding.
/// </summary>
public static class SearchText
{
    public static string Fold(string text)
    {
        var decomposed = text.Trim().ToLowerInvariant().Normalize(NormalizationForm.FormD);
        var folded = new StringBuilder(decomposed.Length);
        foreach (var c in decomposed)
        {
            if (CharUnicodeInfo.GetUnicodeCategory(c) == UnicodeCategory.NonSpacingMark)
                continue;
            // The stroke of ł is part of the letter, not a mark that decomposition takes off.
            folded.Append(c == 'ł' ? 'l' : c);
        }
        return folded.ToString().Normalize(NormalizationForm.FormC);
    }

    /// <summary>
    /// The text as one FTS5 phrase, its own quotes doubled: a trigram table then matches exactly "contains", where LIKE
    /// would read every candidate's text again to check it.
    /// </summary>
    public static string AsPhrase(string text) => $"\"{text.Replace("\"", "\"\"")}\"";
}
