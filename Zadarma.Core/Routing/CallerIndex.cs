using Zadarma.Core.Directory;

namespace Zadarma.Core.Routing;

/// <summary>
/// Every client's phone numbers in memory, so that the PBX's routing question is answered without touching
/// the database. Numbers are kept as 64-bit integers (E.164 has at most 15 digits) to stay small at a million
/// clients: one map by the whole number, one by its last N digits.
/// </summary>
public sealed class CallerIndex
{
    private readonly Lock _lock = new();
    private readonly Dictionary<long, int> _exact;
    private readonly Dictionary<long, int> _suffix;
    private readonly Dictionary<int, StoredClient> _clients;

    // A number shared by several clients points (as a negative value) into this list of client-id sets.
    private readonly List<int[]> _shared = [];
    private int _suffixDigits;

    /// <param name="expectedPhones">How many numbers will be put: sized once, a million-client load neither rehashes
    /// nor keeps the up-to-double slack of grown maps.</param>
    public CallerIndex(int suffixDigits, int expectedPhones = 0)
    {
        _suffixDigits = suffixDigits;
        _exact = new Dictionary<long, int>(expectedPhones);
        _suffix = new Dictionary<long, int>(expectedPhones);
        _clients = new Dictionary<int, StoredClient>(expectedPhones);
    }

    public int Count
    {
        get
        {
            lock (_lock)
                return _clients.Count;
        }
    }

    /// <summary>Clients with exactly this number; if none, clients whose number ends with the same last N digits.</summary>
    public IReadOnlyList<IndexedClient> Find(PhoneNumber number)
    {
        var digits = long.Parse(number.Digits, System.Globalization.CultureInfo.InvariantCulture);
        lock (_lock)
        {
            if (_exact.TryGetValue(digits, out var exact))
                return Resolve(exact);
            return _suffix.TryGetValue(Suffix(digits), out var suffix) ? Resolve(suffix) : [];
        }
    }

    /// <summary>Adds a client, or replaces what the index knew of it.</summary>
    public void Put(IndexedClient client)
    {
        lock (_lock)
        {
            RemoveLocked(client.Id);
            _clients[client.Id] = StoredClient.Of(client);
            foreach (var phone in client.Phones)
            {
                Link(_exact, phone, client.Id);
                Link(_suffix, Suffix(phone), client.Id);
            }
        }
    }

    public void Remove(int clientId)
    {
        lock (_lock)
            RemoveLocked(clientId);
    }

    /// <summary>The responsible manager changed for many clients at once (an employee was deleted).</summary>
    public void ClearManager(int employeeId)
    {
        lock (_lock)
        {
            foreach (var (id, client) in _clients.Where(c => c.Value.ManagerId == employeeId).ToList())
                _clients[id] = client with { ManagerId = null };
        }
    }

    /// <summary>Rebuilds the last-digits map when the setting changes.</summary>
    public void SetSuffixDigits(int digits)
    {
        lock (_lock)
        {
            if (digits == _suffixDigits)
                return;
            _suffixDigits = digits;
            _suffix.Clear();
            _shared.RemoveAll(_ => true);
            _exact.Clear();
            foreach (var (id, client) in _clients)
            {
                foreach (var phone in client.AllPhones)
                {
                    Link(_exact, phone, id);
                    Link(_suffix, Suffix(phone), id);
                }
            }
        }
    }

    private long Suffix(long digits)
    {
        var modulus = 1L;
        for (var i = 0; i < _suffixDigits; i++)
            modulus *= 10;
        return digits % modulus;
    }

    private IReadOnlyList<IndexedClient> Resolve(int value) =>
        value >= 0 ? [_clients[value].ToClient(value)] : _shared[~value].Select(id => _clients[id].ToClient(id)).ToArray();

    private void Link(Dictionary<long, int> map, long key, int clientId)
    {
        if (!map.TryGetValue(key, out var value))
        {
            map[key] = clientId;
            return;
        }
        var ids = value >= 0 ? [value] : _shared[~value];
        if (ids.Contains(clientId))
            return;
        ids = [.. ids, clientId];
        if (value >= 0)
        {
            _shared.Add(ids);
            map[key] = ~(_shared.Count - 1);
        }
        else
        {
            _shared[~value] = ids;
        }
    }

    private void Unlink(Dictionary<long, int> map, long key, int clientId)
    {
        if (!map.TryGetValue(key, out var value))
            return;
        if (value >= 0)
        {
            if (value == clientId)
                map.Remove(key);
            return;
        }
        var rest = _shared[~value].Where(id => id != clientId).ToArray();
        // A set that shrinks to one client goes back to a plain entry; its slot in the list is simply left empty.
        if (rest.Length == 1)
        {
            map[key] = rest[0];
            _shared[~value] = [];
        }
        else
        {
            _shared[~value] = rest;
        }
    }

    private void RemoveLocked(int clientId)
    {
        if (!_clients.Remove(clientId, out var old))
            return;
        foreach (var phone in old.AllPhones)
        {
            Unlink(_exact, phone, clientId);
            Unlink(_suffix, Suffix(phone), clientId);
        }
    }
}

/// <summary>
/// A client as the index keeps it: a struct inside the map rather than an object of its own, and a single number
/// inline rather than in an array; at a million clients that is about a third less memory.
/// </summary>
internal readonly record struct StoredClient(string Name, int? ManagerId, long Phone, long[]? Phones)
{
    public static StoredClient Of(IndexedClient client) => client.Phones is [var only]
        ? new StoredClient(client.Name, client.ManagerId, only, null)
        : new StoredClient(client.Name, client.ManagerId, 0, client.Phones);

    public long[] AllPhones => Phones ?? [Phone];

    public IndexedClient ToClient(int id) => new(id, Name, ManagerId, AllPhones);
}

/// <summary>What routing needs to know of a client: a name for the agent's phone, the manager, the numbers.</summary>
public sealed record IndexedClient(int Id, string Name, int? ManagerId, long[] Phones)
{
    public static long Digits(string e164) => long.Parse(e164.AsSpan(1), System.Globalization.CultureInfo.InvariantCulture);
}
