namespace Zadarma.Core.Api;

/// <summary>
/// The parameter string Zadarma signs and receives: keys in ordinal order, nulls dropped, every key and value
/// encoded like PHP <c>urlencode</c> (RFC 1738), because that is what the API re-computes on its side.
/// </summary>
public static class ZadarmaQuery
{
    /// <summary>
    /// Leaves <c>A-Z a-z 0-9 - _ .</c>, turns space into <c>+</c> and every other UTF-8 byte into uppercase <c>%XX</c>.
    /// <c>WebUtility.UrlEncode</c> keeps <c>! * ( )</c> and <c>HttpUtility.UrlEncode</c> writes lowercase hex: both sign differently.
    /// </summary>
    public static string Encode(string value) =>
        Uri.EscapeDataString(value).Replace("%20", "+", StringComparison.Ordinal).Replace("~", "%7E", StringComparison.Ordinal);

    public static string Build(IEnumerable<KeyValuePair<string, string?>> parameters) =>
        string.Join('&', parameters
            .Where(p => p.Value is not null)
            // Ordinal, not culture: the culture comparer puts "c_" before "c1" and the signature no longer matches.
            .OrderBy(p => p.Key, StringComparer.Ordinal)
            .Select(p => $"{Encode(p.Key)}={Encode(p.Value!)}"));
}
