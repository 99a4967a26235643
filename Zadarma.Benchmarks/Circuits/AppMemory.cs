using System.Diagnostics;
using System.Globalization;
using System.Text.RegularExpressions;

namespace Zadarma.Benchmarks.Circuits;

/// <summary>
/// The app's memory as seen from outside its process, after a full garbage collection: the live managed heap by type
/// (from a heap snapshot, whose taking forces that collection) and the process's working set right after it.
/// </summary>
public sealed partial record AppMemory(long HeapBytes, long WorkingSetBytes, IReadOnlyDictionary<string, (long Bytes, long Count)> Types)
{
    /// <summary>
    /// Takes a heap snapshot of the process with the heap-dump tool, which runs a full blocking collection first, so what it
    /// counts is what is still referenced. The snapshot is kept when <paramref name="keepAs"/> names a file.
    /// </summary>
    public static async Task<AppMemory> TakeAsync(int processId, string tool, string? keepAs = null)
    {
        var file = keepAs ?? Path.Combine(Path.GetTempPath(), $"zadarma-circuits-{Guid.NewGuid():N}.gcdump");
        try
        {
            await RunAsync(tool, ["collect", "-p", processId.ToString(CultureInfo.InvariantCulture), "-o", file]);
            var workingSet = WorkingSet(processId);
            var report = await RunAsync(tool, ["report", file]);
            return Parse(report, workingSet);
        }
        finally
        {
            if (keepAs is null)
                File.Delete(file);
        }
    }

    /// <summary>Resident memory of the process, from the kernel's own account.</summary>
    private static long WorkingSet(int processId)
    {
        foreach (var line in File.ReadLines($"/proc/{processId}/status"))
        {
            if (line.StartsWith("VmRSS:", StringComparison.Ordinal))
                return long.Parse(line["VmRSS:".Length..].Trim().Split(' ')[0], CultureInfo.InvariantCulture) * 1024;
        }
        throw new InvalidOperationException($"No VmRSS for process {processId}.");
    }

    // The report's header line ("8,192,770  GC Heap bytes") and one line per type and size class, whose first number is
    // the size of one object (of the class's average size) and the second how many there are:
    // "131,096  27  System.Byte[] (Bytes > 100K)  [System.Private.CoreLib.dll]".
    [GeneratedRegex(@"^\s*([\d,]+)\s+GC Heap bytes")]
    private static partial Regex HeapLine();

    [GeneratedRegex(@"^\s*([\d,]+)\s+([\d,]+)\s+(.+?)\s*$")]
    private static partial Regex TypeLine();

    // The report splits large arrays and strings into size classes; per circuit only the type matters.
    [GeneratedRegex(@"\s+\(Bytes > [\d.]+[KM]?\)")]
    private static partial Regex SizeClass();

    private static AppMemory Parse(string report, long workingSet)
    {
        long heap = -1;
        var types = new Dictionary<string, (long Bytes, long Count)>();
        foreach (var line in report.Split('\n'))
        {
            if (HeapLine().Match(line) is { Success: true } h)
            {
                heap = Number(h.Groups[1].Value);
                continue;
            }
            if (heap < 0 || TypeLine().Match(line) is not { Success: true } t)
                continue;
            var type = SizeClass().Replace(t.Groups[3].Value, "");
            var (bytes, count) = types.GetValueOrDefault(type);
            var objects = Number(t.Groups[2].Value);
            types[type] = (bytes + Number(t.Groups[1].Value) * objects, count + objects);
        }
        if (heap < 0)
            throw new InvalidOperationException("The heap snapshot's report has no total:\n" + report);
        return new AppMemory(heap, workingSet, types);
    }

    private static long Number(string text) => long.Parse(text.Replace(",", ""), CultureInfo.InvariantCulture);

    private static async Task<string> RunAsync(string tool, string[] args)
    {
        var start = new ProcessStartInfo(tool, args) { RedirectStandardOutput = true, RedirectStandardError = true };
        using var process = Process.Start(start) ?? throw new InvalidOperationException($"{tool} did not start.");
        var output = process.StandardOutput.ReadToEndAsync();
        var errors = process.StandardError.ReadToEndAsync();
        await process.WaitForExitAsync();
        if (process.ExitCode != 0)
            throw new InvalidOperationException($"{tool} {string.Join(' ', args)} failed ({process.ExitCode}): {await errors}");
        return await output;
    }
}
