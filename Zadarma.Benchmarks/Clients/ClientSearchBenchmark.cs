using Microsoft.Extensions.Logging.Abstractions;
using Zadarma.Core.Directory;
using Zadarma.Core.Paging;
using Zadarma.Core.Settings;

namespace Zadarma.Benchmarks.Clients;

/// <summary>
/// Client search by name with N clients in SQLite, as the client pickers (first matches) and the Clients page (a page
/// and its total) ask for it: rare and common parts of names, accents typed or not, one or two letters, and a miss.
/// </summary>
public static class ClientSearchBenchmark
{
    public static async Task<int> RunAsync(string[] args)
    {
        var clients = Arguments.Int(args, "clients", 1_000_000);
        var repeat = Arguments.Int(args, "repeat", 50);
        var folder = Path.Combine(Path.GetTempPath(), $"zadarma-clients-{clients}");
        var factory = await BenchmarkDatabase.OpenAsync(folder);
        await SyntheticClients.FillAsync(folder, clients);
        var settings = new SettingsStore(factory);
        var store = new ClientStore(factory, settings, TimeProvider.System, NullLogger<ClientStore>.Instance);

        string[] searches = ["4242", "łukasz", "lukasz", "семенов", "ivan", "no", "a", "zzzz"];
        foreach (var search in searches)
        {
            await MeasureAsync($"picker {search,-16}", repeat, async () => (await store.SearchAsync(search, 20)).Count);
            await MeasureAsync($"page   {search,-16}", repeat, async () => (await store.ListAsync(new PageRequest(Search: search))).Total);
        }
        return 0;
    }

    private static async Task MeasureAsync(string name, int repeat, Func<Task<int>> search)
    {
        var (found, times) = await Latency.RepeatAsync(repeat, search);
        Console.WriteLine($"{name} found={found,9:N0}  {times.Summary()}");
    }
}
