namespace Zadarma.Core.Recordings;

/// <summary>
/// Serialises work per key, so that concurrent requests for the same recording do it once. The locks are a fixed
/// set of stripes chosen by the key's hash: memory stays bounded however many recordings pass, at the price of two
/// keys occasionally sharing a stripe and waiting for each other.
/// </summary>
internal sealed class KeyedLock
{
    private const int Stripes = 64;

    private readonly SemaphoreSlim[] _stripes = Enumerable.Range(0, Stripes).Select(_ => new SemaphoreSlim(1, 1)).ToArray();

    public async Task<IDisposable> EnterAsync(string key, CancellationToken ct)
    {
        var gate = _stripes[(StringComparer.Ordinal.GetHashCode(key) & int.MaxValue) % Stripes];
        await gate.WaitAsync(ct);
        return new Release(gate);
    }

    private sealed class Release(SemaphoreSlim gate) : IDisposable
    {
        public void Dispose() => gate.Release();
    }
}
