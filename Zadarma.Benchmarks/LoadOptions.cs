using System.Globalization;

namespace Zadarma.Benchmarks;

/// <summary>Command line: <c>--url U --secret S --events N --concurrency C [--rate R] [--db FILE] [--warmup W]</c>.</summary>
public sealed record LoadOptions(Uri Url, string Secret, int Events, int Concurrency, int? Rate, string? Database, int Warmup)
{
    public static LoadOptions Parse(string[] args)
    {
        var values = new Dictionary<string, string>(StringComparer.OrdinalIgnoreCase);
        for (var i = 0; i + 1 < args.Length; i += 2)
            values[args[i].TrimStart('-')] = args[i + 1];

        string Get(string name, string fallback) => values.GetValueOrDefault(name, fallback);
        int Number(string name, int fallback) => int.Parse(Get(name, fallback.ToString(CultureInfo.InvariantCulture)), CultureInfo.InvariantCulture);

        var url = new Uri(new Uri(Get("url", "http://127.0.0.1:5124")), "/exec/Zadarma.notify");
        return new LoadOptions(
            url,
            values.TryGetValue("secret", out var secret) ? secret : throw new ArgumentException("--secret is required"),
            Number("events", 20_000),
            Number("concurrency", 32),
            values.ContainsKey("rate") ? Number("rate", 1000) : null,
            values.GetValueOrDefault("db"),
            Number("warmup", 2_000));
    }
}
