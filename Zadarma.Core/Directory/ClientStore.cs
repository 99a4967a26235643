using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Logging;
using Zadarma.Core.Paging;
using Zadarma.Core.Persistence;
using Zadarma.Core.Settings;

namespace Zadarma.Core.Directory;

/// <summary>The built-in CRM's clients: the grid's pages, search by name or any phone format, and edits.</summary>
public sealed class ClientStore(IDbContextFactory<ZadarmaDb> dbFactory, SettingsStore settings, TimeProvider clock, ILogger<ClientStore> logger)
{
    public event Action<int>? Changed;

    public async Task<Page<ClientRow>> ListAsync(PageRequest request, CancellationToken ct = default)
    {
        await using var db = await dbFactory.CreateDbContextAsync(ct);
        var query = await MatchingAsync(db.Clients.AsNoTracking(), request.Search, ct);

        var total = await query.CountAsync(ct);
        query = (request.SortBy, request.Descending) switch
        {
            (nameof(ClientRow.Company), false) => query.OrderBy(c => c.Company).ThenBy(c => c.Id),
            (nameof(ClientRow.Company), true) => query.OrderByDescending(c => c.Company).ThenBy(c => c.Id),
            (nameof(ClientRow.ResponsibleName), false) => query.OrderBy(c => c.ResponsibleEmployee!.Name).ThenBy(c => c.Id),
            (nameof(ClientRow.ResponsibleName), true) => query.OrderByDescending(c => c.ResponsibleEmployee!.Name).ThenBy(c => c.Id),
            (_, true) => query.OrderByDescending(c => c.Name).ThenBy(c => c.Id),
            _ => query.OrderBy(c => c.Name).ThenBy(c => c.Id),
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
        var query = await MatchingAsync(db.Clients.AsNoTracking(), search, ct);
        return await ToRows(query.OrderBy(c => c.Name).ThenBy(c => c.Id).Take(take)).ToListAsync(ct);
    }

    private async Task<IQueryable<Client>> MatchingAsync(IQueryable<Client> query, string? search, CancellationToken ct)
    {
        if (string.IsNullOrWhiteSpace(search))
            return query;
        var text = search.Trim().ToLowerInvariant();
        var reversed = await ReversedDigitsToFindAsync(search, ct);
        if (reversed is null)
            return query.Where(c => c.SearchText.Contains(text));
        var to = reversed + ":";
        return query.Where(c => c.SearchText.Contains(text)
            || c.Phones.Any(p => string.Compare(p.ReversedDigits, reversed) >= 0 && string.Compare(p.ReversedDigits, to) < 0));
    }

    private static IQueryable<ClientRow> ToRows(IQueryable<Client> query) =>
        query.Select(c => new ClientRow(
            c.Id, c.Name, c.Company, c.ResponsibleEmployeeId,
            c.ResponsibleEmployee == null ? null : c.ResponsibleEmployee.Name,
            c.Notes,
            c.Phones.OrderBy(p => p.Id).Select(p => new ClientPhoneRow(p.Label, p.E164)).ToList()));

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

    /// <summary>Validates and saves a client; every phone is normalised to E.164 with the default country.</summary>
    public async Task<ClientSaveResult> SaveAsync(ClientEdit edit, CancellationToken ct = default)
    {
        var errors = new List<ClientFieldError>();
        if (string.IsNullOrWhiteSpace(edit.Name))
            errors.Add(new ClientFieldError(ClientField.Name, null, PhoneError.None));

        var country = await settings.GetDefaultCountryAsync(ct);
        var phones = new List<ClientPhone>();
        for (var i = 0; i < edit.Phones.Count; i++)
        {
            var phone = edit.Phones[i];
            if (string.IsNullOrWhiteSpace(phone.Number) && string.IsNullOrWhiteSpace(phone.Label))
                continue;
            if (!PhoneNumber.TryParse(phone.Number, country, out var number, out var error))
                errors.Add(new ClientFieldError(ClientField.Phone, i, error));
            else if (phones.All(p => p.E164 != number.Value.E164))
                phones.Add(ClientPhone.From(phone.Label ?? "", number.Value));
        }
        if (errors.Count > 0)
            return new ClientSaveResult(null, errors);

        await using var db = await dbFactory.CreateDbContextAsync(ct);
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

        logger.LogInformation("Client {ClientId} saved with {PhoneCount} phone(s)", client.Id, phones.Count);
        Changed?.Invoke(client.Id);
        return new ClientSaveResult(client.Id, []);
    }

    public async Task DeleteAsync(int id, CancellationToken ct = default)
    {
        await using var db = await dbFactory.CreateDbContextAsync(ct);
        await db.Clients.Where(c => c.Id == id).ExecuteDeleteAsync(ct);
        logger.LogInformation("Client {ClientId} deleted", id);
        Changed?.Invoke(id);
    }
}

public sealed record ClientRow(int Id, string Name, string? Company, int? ResponsibleEmployeeId, string? ResponsibleName, string? Notes, IReadOnlyList<ClientPhoneRow> Phones);

public sealed record ClientPhoneRow(string Label, string E164);

public sealed class ClientEdit
{
    public int? Id { get; set; }
    public string Name { get; set; } = "";
    public string? Company { get; set; }
    public string? Notes { get; set; }
    public int? ResponsibleEmployeeId { get; set; }
    public List<PhoneEdit> Phones { get; set; } = [];

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

public sealed record ClientSaveResult(int? Id, IReadOnlyList<ClientFieldError> Errors)
{
    public bool Succeeded => Errors.Count == 0;
}
