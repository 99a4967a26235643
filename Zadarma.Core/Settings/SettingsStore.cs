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
    // One save at a time, so that an update reads the row the previous save wrote.
    private readonly SemaphoreSlim _saving = new(1, 1);
    private volatile AppSettings? _cached;

    public event Action<AppSettings>? Changed;

    public async Task<AppSettings> GetAsync(CancellationToken ct = default)
    {
        if (_cached is { } cached)
            return cached.Copy();
        await using var db = await dbFactory.CreateDbContextAsync(ct);
        var row = await LoadAsync(db, ct) ?? new AppSettings();
        _cached = row;
        return row.Copy();
    }

    public async Task<Country> GetDefaultCountryAsync(CancellationToken ct = default) =>
        Country.OfSetting((await GetAsync(ct)).DefaultCountry);

    /// <summary>Replaces the whole row; pages that own only some fields use <see cref="UpdateAsync"/>.</summary>
    public async Task SaveAsync(AppSettings settings, CancellationToken ct = default)
    {
        await _saving.WaitAsync(ct);
        try
        {
            await using var db = await dbFactory.CreateDbContextAsync(ct);
            var exists = await db.Settings.AnyAsync(s => s.Id == AppSettings.SingletonId, ct);
            await WriteAsync(db, settings, exists, ct);
        }
        finally
        {
            _saving.Release();
        }
    }

    /// <summary>
    /// Changes some fields of the row as it is saved now and keeps the others: a page that loaded the row a while ago
    /// must not undo what another page saved meanwhile.
    /// </summary>
    public async Task<AppSettings> UpdateAsync(Action<AppSettings> change, CancellationToken ct = default)
    {
        await _saving.WaitAsync(ct);
        try
        {
            await using var db = await dbFactory.CreateDbContextAsync(ct);
            var saved = await LoadAsync(db, ct);
            var row = saved ?? new AppSettings();
            change(row);
            await WriteAsync(db, row, exists: saved is not null, ct);
            return row.Copy();
        }
        finally
        {
            _saving.Release();
        }
    }

    private static Task<AppSettings?> LoadAsync(ZadarmaDb db, CancellationToken ct) =>
        db.Settings.AsNoTracking().SingleOrDefaultAsync(s => s.Id == AppSettings.SingletonId, ct);

    private async Task WriteAsync(ZadarmaDb db, AppSettings settings, bool exists, CancellationToken ct)
    {
        if (Country.Find(settings.DefaultCountry) is null)
            throw new ArgumentException($"Unknown country '{settings.DefaultCountry}'.", nameof(settings));
        if (settings.PhoneSuffixDigits is < 6 or > 12)
            throw new ArgumentOutOfRangeException(nameof(settings), "Suffix digits must be between 6 and 12.");
        if (settings.PbxUtcOffsetMinutes is < PbxTimeZone.MinOffsetMinutes or > PbxTimeZone.MaxOffsetMinutes)
            throw new ArgumentOutOfRangeException(nameof(settings), "The PBX time zone must be between UTC-12 and UTC+14.");

        var row = settings.Copy();
        row.Id = AppSettings.SingletonId;
        if (exists)
            db.Settings.Update(row);
        else
            db.Settings.Add(row);
        await db.SaveChangesAsync(ct);
        _cached = row.Copy();
        Changed?.Invoke(row.Copy());
    }
}
