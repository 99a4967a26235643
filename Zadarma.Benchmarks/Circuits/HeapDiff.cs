namespace Zadarma.Benchmarks.Circuits;

/// <summary>
/// What a number of circuits added to the heap, type by type: where each circuit's bytes go. Object counts are exact;
/// bytes are estimates, since the snapshot's report gives one size per type and size class, far off for arrays whose
/// sizes vary (render trees above all): count components by their state objects rather than sum array bytes.
/// </summary>
public static class HeapDiff
{
    public static void Print(AppMemory before, AppMemory after, int circuits, int top)
    {
        var growth = after.Types
            .Select(t =>
            {
                var (bytes, count) = before.Types.GetValueOrDefault(t.Key);
                return (Type: t.Key, Bytes: t.Value.Bytes - bytes, Count: t.Value.Count - count);
            })
            .Where(t => t.Bytes > 0)
            .OrderByDescending(t => t.Bytes)
            .ToList();
        Console.WriteLine($"  per circuit, by type (the {top} largest of {growth.Count} that grew; bytes estimated, objects exact):");
        Console.WriteLine($"  {"~bytes",9} {"objects",8}  type");
        foreach (var (type, bytes, count) in growth.Take(top))
            Console.WriteLine($"  {bytes / circuits,9:N0} {count / (double)circuits,8:0.0}  {type}");
    }
}
