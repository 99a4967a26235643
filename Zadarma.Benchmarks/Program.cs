using Zadarma.Benchmarks.Circuits;
using Zadarma.Benchmarks.Clients;
using Zadarma.Benchmarks.Journal;
using Zadarma.Benchmarks.Lookup;
using Zadarma.Benchmarks.Popups;
using Zadarma.Benchmarks.Routing;
using Zadarma.Benchmarks.Webhooks;

// Benchmarks print figures; they are run by hand (see README), never as timed tests.
return args.FirstOrDefault() switch
{
    "lookup" => await LookupBenchmark.RunAsync(args[1..]),
    "webhooks" => await WebhookLoad.RunAsync(args[1..]),
    "popups" => await PopupLatencyBenchmark.RunAsync(args[1..]),
    "circuits" => await CircuitMemoryBenchmark.RunAsync(args[1..]),
    "routing" => await RoutingBenchmark.RunAsync(args[1..]),
    "journal" => await JournalBenchmark.RunAsync(args[1..]),
    "clients" => await ClientSearchBenchmark.RunAsync(args[1..]),
    _ => Usage(),
};

static int Usage()
{
    Console.Error.WriteLine("usage: dotnet run -c Release --project Zadarma.Benchmarks -- lookup [--clients N] [--lookups N]");
    Console.Error.WriteLine("       dotnet run -c Release --project Zadarma.Benchmarks -- webhooks --url URL --secret S [options]");
    Console.Error.WriteLine("       dotnet run -c Release --project Zadarma.Benchmarks -- popups [--agents 20] [--calls 200]");
    Console.Error.WriteLine("       dotnet run -c Release --project Zadarma.Benchmarks -- circuits [--tabs 100] [--agents 10] [--repeat 3] [--pages /] [--gcdump TOOL] [--dumps FOLDER]");
    Console.Error.WriteLine("       dotnet run -c Release --project Zadarma.Benchmarks -- routing [--clients N] [--decisions N] [--url URL --secret S --rate R --starts N]");
    Console.Error.WriteLine("       dotnet run -c Release --project Zadarma.Benchmarks -- journal [--calls 1000000] [--clients 100000] [--employees 200] [--repeat 20] [--only TEXT] [--data FOLDER] [--browser]");
    Console.Error.WriteLine("       dotnet run -c Release --project Zadarma.Benchmarks -- clients [--clients 1000000] [--repeat 50]");
    return 2;
}
