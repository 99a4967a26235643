using Microsoft.EntityFrameworkCore;
using Zadarma.Core.Persistence;

namespace Zadarma.Core.Directory;

/// <summary>Which clients have a text in their name or company, read from an index whatever the text.</summary>
internal static class ClientNameSearch
{
    /// <summary>The trigram table needs three letters; shorter texts find names that start with them.</summary>
    public const int ContainsFrom = 3;

    /// <summary>Clients with <paramref name="folded"/> (see <see cref="SearchText.Fold"/>) anywhere in their name or company.</summary>
    public static IQueryable<int> Containing(ZadarmaDb db, string folded) =>
        db.ClientSearch.FromSql($"SELECT rowid FROM ClientSearch WHERE ClientSearch MATCH {SearchText.AsPhrase(folded)}").Select(s => s.Id);

    /// <summary>Clients whose folded name starts with <paramref name="folded"/>: a range of the name index.</summary>
    public static IQueryable<Client> StartingWith(IQueryable<Client> clients, string folded)
    {
        var to = folded + char.MaxValue;
        return clients.Where(c => string.Compare(c.SearchText, folded) >= 0 && string.Compare(c.SearchText, to) < 0);
    }

    /// <summary>Clients matching as the client search does: anywhere from three letters, at the start below that.</summary>
    public static IQueryable<int> Matching(ZadarmaDb db, string folded) =>
        folded.Length >= ContainsFrom ? Containing(db, folded) : StartingWith(db.Clients, folded).Select(c => c.Id);
}
