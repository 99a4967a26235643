namespace Zadarma.Core.Calls;

/// <summary>
/// A row of the call note index: an SQLite FTS5 table with a trigram tokenizer over the notes of <c>Calls</c>, kept by
/// triggers (see the CallSearch migration) for the calls that have a note. Any three letters of a note are found from it
/// without reading the journal.
/// </summary>
public sealed class CallNoteSearchEntry
{
    public int Id { get; set; }
}
