using Zadarma.Tests.Infrastructure;

namespace Zadarma.Tests.Unit.Settings;

public sealed class SettingsStoreTests : IAsyncLifetime
{
    private TestDatabase _db = default!;

    public async Task InitializeAsync() => _db = await TestDatabase.CreateAsync();

    public async Task DisposeAsync() => await _db.DisposeAsync();

    [Fact]
    public async Task An_update_keeps_what_was_saved_after_the_caller_loaded_the_row()
    {
        var loadedByOnePage = await _db.Settings.GetAsync();
        await _db.Settings.UpdateAsync(s => s.RoutingReturnTimeout = 45);

        loadedByOnePage.PhoneSuffixDigits = 10;
        await _db.Settings.UpdateAsync(s => s.PhoneSuffixDigits = loadedByOnePage.PhoneSuffixDigits);

        var saved = await _db.Settings.GetAsync();
        Assert.Equal((10, 45), (saved.PhoneSuffixDigits, saved.RoutingReturnTimeout));
    }

    [Fact]
    public async Task Concurrent_updates_of_different_fields_all_land()
    {
        await Task.WhenAll(
            Enumerable.Range(0, 10).Select(i => i % 2 == 0
                ? _db.Settings.UpdateAsync(s => s.RoutingReturnTimeout = 30)
                : _db.Settings.UpdateAsync(s => s.DefaultCountry = "PL")));

        var saved = await _db.Settings.GetAsync();
        Assert.Equal((30, "PL"), (saved.RoutingReturnTimeout, saved.DefaultCountry));
    }
}
