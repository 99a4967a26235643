using Microsoft.Extensions.Logging;
using Zadarma.Core.Api;
using Zadarma.Core.Settings;

namespace Zadarma.Core.Pbx;

/// <summary>"Get PBX": the PBX id, its extensions with their names, and the account's time zone, merged into what we know.</summary>
public sealed class PbxFetch(ZadarmaClient zadarma, ExtensionStore extensions, SettingsStore settings, ILogger<PbxFetch> logger)
{
    public async Task<PbxFetchResult> FetchAsync(CancellationToken ct = default)
    {
        var pbx = await zadarma.GetPbxAsync(ct);
        var fetched = new List<FetchedExtension>(pbx.Numbers.Count);
        foreach (var number in pbx.Numbers)
            fetched.Add(new FetchedExtension(number.ToString(System.Globalization.CultureInfo.InvariantCulture), await NameOfAsync(number, ct)));
        var merge = await extensions.MergeAsync(fetched, ct);

        var minutes = await zadarma.ReadOffsetMinutesAsync(logger, ct);
        await settings.UpdateAsync(current =>
        {
            current.PbxId = pbx.PbxId.ToString(System.Globalization.CultureInfo.InvariantCulture);
            if (minutes is { } offset)
                current.PbxUtcOffsetMinutes = offset;
        }, ct);

        return new PbxFetchResult(pbx.PbxId, fetched.Count, merge);
    }

    /// <summary>Names are a courtesy: an extension whose details cannot be read is still listed.</summary>
    private async Task<string?> NameOfAsync(int number, CancellationToken ct)
    {
        try
        {
            return (await zadarma.GetExtensionInfoAsync(number, ct)).Name;
        }
        catch (ZadarmaException e) when (e.Kind is not ZadarmaErrorKind.Unauthorized)
        {
            logger.LogWarning("Name of extension {Extension} not read: {Reason}", number, e.Kind);
            return null;
        }
    }
}

public sealed record PbxFetchResult(long PbxId, int ExtensionCount, ExtensionMerge Merge);
