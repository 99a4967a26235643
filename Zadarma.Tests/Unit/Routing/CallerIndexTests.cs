using Zadarma.Core.Directory;
using Zadarma.Core.Routing;

namespace Zadarma.Tests.Unit.Routing;

public sealed class CallerIndexTests
{
    // Read as the PBX reports callers: the index must also hold numbers outside the plans, such as +48 991 ...
    private static PhoneNumber N(string e164) =>
        PhoneNumber.TryParseReported(e164, Country.Find("RU")!, out var number, out var error) ? number.Value : throw new ArgumentException($"{e164}: {error}");

    private static IndexedClient Client(int id, int? manager, params string[] phones) =>
        new(id, $"Client {id}", manager, phones.Select(p => IndexedClient.Digits(N(p).E164)).ToArray());

    [Fact]
    public void Exact_numbers_win_over_last_digits()
    {
        var index = new CallerIndex(9);
        index.Put(Client(1, 10, "+79991234567"));
        index.Put(Client(2, 20, "+380991234567"));

        Assert.Equal([1], index.Find(N("+79991234567")).Select(c => c.Id));
        Assert.Equal([2], index.Find(N("+380991234567")).Select(c => c.Id));
        Assert.Equal([1, 2], index.Find(N("+48991234567")).Select(c => c.Id).Order());
    }

    [Fact]
    public void A_shared_number_lists_every_client_until_one_leaves()
    {
        var index = new CallerIndex(9);
        index.Put(Client(1, 10, "+79991234567"));
        index.Put(Client(2, 10, "+79991234567", "+79990000000"));
        index.Put(Client(3, 10, "+79991234567"));
        Assert.Equal([1, 2, 3], index.Find(N("+79991234567")).Select(c => c.Id).Order());

        index.Remove(2);
        Assert.Equal([1, 3], index.Find(N("+79991234567")).Select(c => c.Id).Order());
        Assert.Empty(index.Find(N("+79990000000")));

        index.Remove(1);
        Assert.Equal([3], index.Find(N("+79991234567")).Select(c => c.Id));
        Assert.Equal(1, index.Count);
    }

    [Fact]
    public void Putting_a_client_again_replaces_its_numbers_and_manager()
    {
        var index = new CallerIndex(9);
        index.Put(Client(1, 10, "+79991234567"));
        index.Put(Client(1, 20, "+79997654321"));

        Assert.Empty(index.Find(N("+79991234567")));
        Assert.Equal(20, Assert.Single(index.Find(N("+79997654321"))).ManagerId);
    }

    [Fact]
    public void Deleting_a_manager_clears_it_from_their_clients()
    {
        var index = new CallerIndex(9);
        index.Put(Client(1, 10, "+79991234567"));
        index.ClearManager(10);
        Assert.Null(Assert.Single(index.Find(N("+79991234567"))).ManagerId);
    }

    [Fact]
    public void The_number_of_compared_digits_can_change()
    {
        var index = new CallerIndex(9);
        index.Put(Client(1, 10, "+79991234567"));
        Assert.Empty(index.Find(N("+79981234567")));

        index.SetSuffixDigits(7);
        Assert.Single(index.Find(N("+79981234567")));
        Assert.Single(index.Find(N("+79991234567")));
    }
}
