namespace Zadarma.Benchmarks;

/// <summary>"--name value" pairs from the command line.</summary>
public static class Arguments
{
    public static string? Get(string[] args, string name)
    {
        var index = Array.IndexOf(args, "--" + name);
        return index >= 0 && index + 1 < args.Length ? args[index + 1] : null;
    }

    public static int Int(string[] args, string name, int fallback) =>
        int.TryParse(Get(args, name), out var value) ? value : fallback;
}
