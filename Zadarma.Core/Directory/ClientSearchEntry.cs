namespace Zadarma.Core.Directory;

/// <summary>
/// A row of the client name index: an SQLite FTS5 table with a trigram tokenizer over <see cref="Client.SearchText"/>,
/// kept by triggers on <c>Clients</c> (see the ClientSearch migration). Any three letters of a name or company are
/// found from it without reading every client.
/// </summary>
public sealed class ClientSearchEntry
{
    public int Id { get; set; }
}
