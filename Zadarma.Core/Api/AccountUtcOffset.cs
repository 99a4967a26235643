using Microsoft.Extensions.Logging;

namespace Zadarma.Core.Api;

/// <summary>The account's time zone, read where it is a courtesy: "Get PBX" and the connection test go on without it.</summary>
public static class AccountUtcOffset
{
    /// <summary>Minutes east of UTC, or null when Zadarma's zone cannot be read. A key Zadarma refuses still fails.</summary>
    public static async Task<int?> ReadOffsetMinutesAsync(this ZadarmaClient zadarma, ILogger logger, CancellationToken ct)
    {
        try
        {
            var zone = await zadarma.GetTimeZoneAsync(ct);
            return zone.UtcOffset is { } offset ? (int)offset.TotalMinutes : null;
        }
        catch (ZadarmaException e) when (e.Kind is not ZadarmaErrorKind.Unauthorized)
        {
            logger.LogWarning("Account time zone not read: {Reason}", e.Kind);
            return null;
        }
    }
}
