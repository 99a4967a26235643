using Microsoft.EntityFrameworkCore;
using Zadarma.Core.Directory;
using Zadarma.Core.Persistence;

namespace Zadarma.Core.Settings;

/// <summary>
/// Reads and saves the settings row. Webhooks and lookups read settings on every event, so the row is
/// cached in memory and replaced whole on save; a save takes effect at once, with no restart.
/// </summary>
public sealed class SettingsStore(IDbContextFactory<ZadarmaDb> dbFactory)
{
    private volatile AppSettings? _cached;

    public event Action<AppSettings>? Changed;

    public async Task<AppSettings> GetAsync(CancellationToken ct = default)
    {
        if (_cached is { } cached)
            return cached.Copy();
        await using var db = await dbFactory.CreateDbContextAsync(ct);
        var row = await db.Settings.AsNoTracking().SingleOrDefaultAsync(s => s.Id == AppSettings.SingletonId, ct) ?? new AppSettings();
        _cached = row;
        return row.Copy();
    }

    public async Task<Country> GetDefaultCountryAsync(CancellationToken ct = default) =>
        Country.OrFirst((await GetAsync(ct)).DefaultCountry);

    public async Task SaveAsync(AppSettings settings, CancellationToken ct = default)
    {
        if (Country.Find(settings.DefaultCountry) is null)
            throw new ArgumentException($"Unknown country '{settings.DefaultCountry}'.", nameof(settings));
        if (settings.PhoneSuffixDigits is < 6 or > 12)
            throw new ArgumentOutOfRangeException(nameof(settings), "Suffix digits must be between 6 and 12.");
        if (settings.PbxUtcOffsetMinutes is < PbxTimeZone.MinOffsetMinutes or > PbxTimeZone.MaxOffsetMinutes)
            throw new ArgumentOutOfRangeException(nameof(settings), "The PBX time zone must be between UTC-12 and UTC+14.");

        await using var db = await dbFactory.CreateDbContextAsync(ct);
        var row = settings.Copy();
        row.Id = AppSettings.SingletonId;
        if (await db.Settings.AnyAsync(s => s.Id == AppSettings.SingletonId, ct))
            db.Settings.Update(row);
        else
            db.Settings.Add(row);
        await db.SaveChangesAsync(ct);
        _cached = row.Copy();
        Changed?.Invoke(row.Copy());
    }
}
