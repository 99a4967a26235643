using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Logging;
using Zadarma.Core.Accounts;
using Zadarma.Core.Paging;
using Zadarma.Core.Persistence;
using Zadarma.Core.Settings;

namespace Zadarma.Core.Directory;

/// <summary>The built-in CRM's clients: the grid's pages, search by name or any phone format, and edits.</summary>
public sealed class ClientStore(IDbContextFactory<ZadarmaDb> dbFactory, SettingsStore settings, TimeProvider clock, ILogger<ClientStore> logger)
{
    /// <summary>How many other clients a number's warning names; a number shared wider than this is a switchboard.</summary>
    private const int OwnersNamed = 5;

    public event Action<int>? Changed;

    /// <summary>
    /// Only supervisors and admins delete clients: a client's card holds what the team knows about them, and an agent's
    /// slip would take it from everyone.
    /// </summary>
    public static bool MayDelete(Role role) => role is Role.Supervisor or Role.Admin;

    public async Task<Page<ClientRow>> ListAsync(PageRequest request, CancellationToken ct = default)
    {
        await using var db = await dbFactory.CreateDbContextAsync(ct);
        var query = await MatchingAsync(db, request.Search, ct);

        var total = await query.UpToLimit().CountAsync(ct);
        query = (request.SortBy, request.Descending) switch
        {
            (nameof(ClientRow.Company), false) => query.OrderBy(c => c.Company).ThenBy(c => c.Id),
            (nameof(ClientRow.Company), true) => query.OrderByDescending(c => c.Company).ThenBy(c => c.Id),
            (nameof(ClientRow.ResponsibleName), false) => query.OrderBy(c => c.ResponsibleEmployee!.Name).ThenBy(c => c.Id),
            (nameof(ClientRow.ResponsibleName), true) => query.OrderByDescending(c => c.ResponsibleEmployee!.Name).ThenBy(c => c.Id),
            // By the folded name: "Łukasz" sorts with "Lukasz", and the order is the search index's own.
            (_, true) => query.OrderByDescending(c => c.SearchText).ThenByDescending(c => c.Id),
            _ => query.OrderBy(c => c.SearchText).ThenBy(c => c.Id),
        };

        var items = await ToRows(query.Skip(request.Skip).Take(request.Take)).ToListAsync(ct);
        return new Page<ClientRow>(items, total);
    }

    /// <summary>
    /// The first clients by name that match a search, as the grid finds them, without counting the rest:
    /// a pick list asks on every key, and the directory can hold a million clients.
    /// </summary>
    public async Task<IReadOnlyList<ClientRow>> SearchAsync(string? search, int take, CancellationToken ct = default)
    {
        await using var db = await dbFactory.CreateDbContextAsync(ct);
        var query = await MatchingAsync(db, search, ct);
        return await ToRows(query.OrderBy(c => c.SearchText).ThenBy(c => c.Id).Take(take)).ToListAsync(ct);
    }

    /// <summary>
    /// Clients with the text anywhere in their name or company, from the trigram index; one or two letters, too short
    /// for trigrams, find names that start with them. A search with digits also finds the numbers ending with them.
    /// Each part is read from its own index and they are joined by id, so no client is read that does not match.
    /// </summary>
    internal async Task<IQueryable<Client>> MatchingAsync(ZadarmaDb db, string? search, CancellationToken ct)
    {
        var query = db.Clients.AsNoTracking();
        if (string.IsNullOrWhiteSpace(search))
            return query;
        var text = SearchText.Fold(search);
        // Too short for trigrams is too short for the three digits a number search needs.
        if (text.Length < ClientNameSearch.ContainsFrom)
            return ClientNameSearch.StartingWith(query, text);
        var byName = ClientNameSearch.Containing(db, text);
        return await ByPhoneAsync(db, search, ct) is { } byPhone
            ? query.Where(c => byName.Contains(c.Id) || byPhone.Contains(c.Id))
            : query.Where(c => byName.Contains(c.Id));
    }

    private async Task<IQueryable<int>?> ByPhoneAsync(ZadarmaDb db, string search, CancellationToken ct)
    {
        if (await ReversedDigitsToFindAsync(search, ct) is not { } reversed)
            return null;
        var to = reversed + ":";
        return db.ClientPhones.Where(p => string.Compare(p.ReversedDigits, reversed) >= 0 && string.Compare(p.ReversedDigits, to) < 0).Select(p => p.ClientId);
    }

    private static IQueryable<ClientRow> ToRows(IQueryable<Client> query) =>
        query.Select(c => new ClientRow(
            c.Id, c.Name, c.Company, c.ResponsibleEmployeeId,
            c.ResponsibleEmployee == null ? null : c.ResponsibleEmployee.Name,
            c.Notes,
            c.Phones.OrderBy(p => p.Id).Select(p => new ClientPhoneRow(p.Label, p.E164)).ToList(),
            c.CreatedUtc));

    /// <summary>
    /// A search that is a phone number in any format finds clients by its last digits;
    /// a fragment of digits ("45-67") finds numbers ending with it.
    /// </summary>
    private async Task<string?> ReversedDigitsToFindAsync(string search, CancellationToken ct)
    {
        if (search.Any(char.IsLetter))
            return null;
        var digits = new string(search.Where(char.IsAsciiDigit).ToArray());
        if (digits.Length < 3)
            return null;

        var current = await settings.GetAsync(ct);
        var country = Country.OfSetting(current.DefaultCountry);
        if (PhoneNumber.TryParse(search, country, out var number, out _))
            return number.Value.ReversedDigits[..Math.Min(current.PhoneSuffixDigits, number.Value.ReversedDigits.Length)];
        return PhoneNumber.Reverse(digits);
    }

    public async Task<ClientRow?> GetAsync(int id, CancellationToken ct = default)
    {
        await using var db = await dbFactory.CreateDbContextAsync(ct);
        return await ToRows(db.Clients.AsNoTracking().Where(c => c.Id == id)).SingleOrDefaultAsync(ct);
    }

    /// <summary>
    /// The other clients who have this number, compared in E.164 whatever format each was typed in: the form warns as
    /// the user types, before the save would refuse it.
    /// </summary>
    public async Task<IReadOnlyList<ClientRef>> OthersWithNumberAsync(string e164, int? exceptClientId, CancellationToken ct = default)
    {
        await using var db = await dbFactory.CreateDbContextAsync(ct);
        return (await SharedNumbersAsync(db, [e164], exceptClientId, ct)).Select(s => new ClientRef(s.ClientId, s.ClientName)).ToList();
    }

    /// <summary>
    /// Validates and saves a client; every phone is normalised to E.164 with the default country. A number another
    /// client already has is refused, naming that client, unless the edit says to share it
    /// (<see cref="ClientEdit.AllowSharedNumbers"/>): the journal would log that number's calls under both.
    /// </summary>
    public async Task<ClientSaveResult> SaveAsync(ClientEdit edit, CancellationToken ct = default)
    {
        var errors = new List<ClientFieldError>();
        if (string.IsNullOrWhiteSpace(edit.Name))
            errors.Add(new ClientFieldError(ClientField.Name, null, PhoneError.None));

        var country = await settings.GetDefaultCountryAsync(ct);
        var phones = new List<ClientPhone>();
        var indexes = new Dictionary<string, int>();
        for (var i = 0; i < edit.Phones.Count; i++)
        {
            var phone = edit.Phones[i];
            if (string.IsNullOrWhiteSpace(phone.Number) && string.IsNullOrWhiteSpace(phone.Label))
                continue;
            if (!PhoneNumber.TryParse(phone.Number, country, out var number, out var error))
                errors.Add(new ClientFieldError(ClientField.Phone, i, error));
            else if (indexes.TryAdd(number.Value.E164, i))
                phones.Add(ClientPhone.From(phone.Label ?? "", number.Value));
        }
        if (errors.Count > 0)
            return ClientSaveResult.Refused(errors);

        await using var db = await dbFactory.CreateDbContextAsync(ct);
        // The check and the save hold SQLite's write lock together: no other save can take the number in between.
        await using var transaction = await db.Database.BeginTransactionAsync(ct);
        if (!edit.AllowSharedNumbers)
        {
            var shared = await SharedNumbersAsync(db, indexes.Keys, edit.Id, ct);
            if (shared.Count > 0)
            {
                logger.LogInformation("Client {ClientId} not saved: {Count} of its numbers belong to other clients", edit.Id, shared.Count);
                return ClientSaveResult.Shared(shared.Select(s => s with { PhoneIndex = indexes[s.E164] }).ToList());
            }
        }

        Client client;
        if (edit.Id is { } id)
        {
            client = await db.Clients.Include(c => c.Phones).SingleOrDefaultAsync(c => c.Id == id, ct)
                ?? throw new KeyNotFoundException($"Client {id} does not exist.");
            db.ClientPhones.RemoveRange(client.Phones);
            client.Phones = phones;
        }
        else
        {
            client = new Client { Name = "", CreatedUtc = clock.GetUtcNow().UtcDateTime, Phones = phones };
            db.Clients.Add(client);
        }
        client.Name = edit.Name.Trim();
        client.Company = string.IsNullOrWhiteSpace(edit.Company) ? null : edit.Company.Trim();
        client.Notes = string.IsNullOrWhiteSpace(edit.Notes) ? null : edit.Notes.Trim();
        client.ResponsibleEmployeeId = edit.ResponsibleEmployeeId;
        client.SearchText = Client.ToSearchText(client.Name, client.Company);
        await db.SaveChangesAsync(ct);
        await transaction.CommitAsync(ct);

        logger.LogInformation("Client {ClientId} saved with {PhoneCount} phone(s), sharing allowed {AllowSharedNumbers}",
            client.Id, phones.Count, edit.AllowSharedNumbers);
        Changed?.Invoke(client.Id);
        return ClientSaveResult.Saved(client.Id);
    }

    /// <summary>Other clients with any of these numbers, a few per number, by name.</summary>
    private static async Task<IReadOnlyList<SharedNumber>> SharedNumbersAsync(ZadarmaDb db, IReadOnlyCollection<string> e164s, int? exceptClientId, CancellationToken ct)
    {
        var numbers = e164s.ToArray();
        if (numbers.Length == 0)
            return [];
        var found = await db.ClientPhones.AsNoTracking()
            .Where(p => numbers.Contains(p.E164) && p.ClientId != exceptClientId)
            .Select(p => new { p.E164, p.ClientId, p.Client!.Name })
            .Distinct()
            .ToListAsync(ct);
        return found
            .GroupBy(f => f.E164)
            .SelectMany(g => g.OrderBy(f => f.Name, StringComparer.CurrentCulture).ThenBy(f => f.ClientId).Take(OwnersNamed))
            .Select(f => new SharedNumber(-1, f.E164, f.ClientId, f.Name))
            .ToList();
    }

    /// <summary>How many calls in the journal name this client: they stay there when the client is deleted.</summary>
    public async Task<int> CountCallsAsync(int clientId, CancellationToken ct = default)
    {
        await using var db = await dbFactory.CreateDbContextAsync(ct);
        return await db.CallClients.CountAsync(l => l.ClientId == clientId, ct);
    }

    /// <summary>
    /// Deletes a client's card and numbers. Their calls stay in the journal: a call keeps the number it came from.
    /// </summary>
    /// <exception cref="UnauthorizedAccessException">The role may not delete clients (<see cref="MayDelete"/>).</exception>
    public async Task DeleteAsync(int id, Role deletedBy, CancellationToken ct = default)
    {
        if (!MayDelete(deletedBy))
        {
            logger.LogWarning("Client {ClientId} not deleted: a user with role {Role} may not delete clients", id, deletedBy);
            throw new UnauthorizedAccessException($"Role {deletedBy} may not delete clients.");
        }
        await using var db = await dbFactory.CreateDbContextAsync(ct);
        await db.Clients.Where(c => c.Id == id).ExecuteDeleteAsync(ct);
        logger.LogInformation("Client {ClientId} deleted by a user with role {Role}", id, deletedBy);
        Changed?.Invoke(id);
    }
}

public sealed record ClientRow(int Id, string Name, string? Company, int? ResponsibleEmployeeId, string? ResponsibleName, string? Notes,
    IReadOnlyList<ClientPhoneRow> Phones, DateTime CreatedUtc);

/// <summary>A client named in a message: enough to show and link it.</summary>
public sealed record ClientRef(int Id, string Name);

public sealed record ClientPhoneRow(string Label, string E164);

public sealed class ClientEdit
{
    public int? Id { get; set; }
    public string Name { get; set; } = "";
    public string? Company { get; set; }
    public string? Notes { get; set; }
    public int? ResponsibleEmployeeId { get; set; }
    public List<PhoneEdit> Phones { get; set; } = [];

    /// <summary>The user chose to save numbers other clients have too; their calls will then be offered for each of them.</summary>
    public bool AllowSharedNumbers { get; set; }

    public static ClientEdit From(ClientRow row) => new()
    {
        Id = row.Id,
        Name = row.Name,
        Company = row.Company,
        Notes = row.Notes,
        ResponsibleEmployeeId = row.ResponsibleEmployeeId,
        Phones = row.Phones.Select(p => new PhoneEdit { Label = p.Label, Number = p.E164 }).ToList(),
    };
}

public sealed class PhoneEdit
{
    public string? Label { get; set; }
    public string? Number { get; set; }
}

public enum ClientField
{
    Name,
    Phone,
}

/// <summary>A field the user must correct; for a phone, which one and why.</summary>
public sealed record ClientFieldError(ClientField Field, int? PhoneIndex, PhoneError PhoneError);

/// <summary>One of the numbers being saved that another client already has.</summary>
/// <param name="PhoneIndex">Which of the edit's phones it is.</param>
public sealed record SharedNumber(int PhoneIndex, string E164, int ClientId, string ClientName);

/// <summary>Saved (with the client's id), or refused for fields to correct or for numbers other clients have.</summary>
public sealed record ClientSaveResult(int? Id, IReadOnlyList<ClientFieldError> Errors, IReadOnlyList<SharedNumber> SharedNumbers)
{
    public bool Succeeded => Id is not null;

    public static ClientSaveResult Saved(int id) => new(id, [], []);

    public static ClientSaveResult Refused(IReadOnlyList<ClientFieldError> errors) => new(null, errors, []);

    public static ClientSaveResult Shared(IReadOnlyList<SharedNumber> shared) => new(null, [], shared);
}
