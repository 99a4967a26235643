using System.Diagnostics;
using Microsoft.Data.Sqlite;
using Zadarma.Core.Directory;
using Zadarma.Core.Persistence;

namespace Zadarma.Benchmarks;

/// <summary>
/// Many clients written straight into a migrated SQLite database, one number each, optionally spread over
/// managers who each have an extension. An existing database that is big enough is reused.
/// </summary>
public static class SyntheticClients
{
    /// <summary>Client i's number: +7 9xx xxx xx xx, unique per i.</summary>
    public static PhoneNumber Number(int i) => PhoneNumber.ParseOrNull($"+79{i:000000000}", Country.Find("RU")!)!.Value;

    /// <summary>
    /// The same last nine digits under another country code: only the suffix matches. Read as the PBX reports it:
    /// these digits are no Ukrainian operator's range, but a number the PBX connected is taken as it comes.
    /// </summary>
    public static PhoneNumber ForeignSpelling(int i) =>
        PhoneNumber.TryParseReported($"380{i:000000000}", Country.Find("UA")!, out var number, out _) ? number.Value : throw new InvalidOperationException($"380{i:000000000}");

    private static readonly string[] FirstNames =
    [
        "Anna", "Maria", "Olga", "Irina", "Natalia", "Ekaterina", "Agnieszka", "Małgorzata", "Katarzyna", "Joanna", "Emily", "Sarah",
        "Ivan", "Dmitry", "Sergey", "Alexey", "Andrzej", "Piotr", "Krzysztof", "Tomasz", "Łukasz", "John", "Michael", "David",
        "Анна", "Мария", "Ольга", "Ирина", "Наталья", "Иван", "Дмитрий", "Сергей", "Алексей", "Пётр",
    ];

    private static readonly string[] LastNames =
    [
        "Ivanov", "Smirnov", "Kuznetsov", "Popov", "Volkov", "Sokolov", "Nowak", "Kowalski", "Wiśniewski", "Wójcik", "Kowalczyk",
        "Kamiński", "Lewandowski", "Zieliński", "Szymański", "Woźniak", "Dąbrowski", "Smith", "Johnson", "Williams", "Brown", "Jones",
        "Иванов", "Смирнов", "Кузнецов", "Попов", "Васильев", "Петров", "Соколов", "Михайлов", "Новиков", "Фёдоров", "Морозов",
        "Волков", "Алексеев", "Лебедев", "Семёнов", "Егоров", "Павлов", "Козлов", "Степанов", "Николаев", "Орлов", "Андреев",
    ];

    /// <summary>Client i's name: first and last names of the app's three languages, repeating as real names do, with a number to tell them apart.</summary>
    public static string Name(int i) => $"{FirstNames[i % FirstNames.Length]} {LastNames[i / FirstNames.Length % LastNames.Length]} {i}";

    public static async Task FillAsync(string folder, int clients, int managers = 0)
    {
        await using var connection = new SqliteConnection(Database.ConnectionString(folder));
        await connection.OpenAsync();
        await using (var count = connection.CreateCommand())
        {
            count.CommandText = "SELECT COUNT(*) FROM Clients";
            if ((long)(await count.ExecuteScalarAsync())! >= clients)
                return;
        }

        Console.WriteLine($"Creating {clients:N0} clients and {managers} managers with extensions in {folder} ...");
        var watch = Stopwatch.StartNew();
        await using var transaction = connection.BeginTransaction();
        if (managers > 0)
        {
            await using var staff = connection.CreateCommand();
            staff.CommandText = string.Join('\n', Enumerable.Range(1, managers).Select(m =>
                $"INSERT INTO Employees (Id, Name, IsActive) VALUES ({m}, 'Manager {m}', 1);" +
                $"INSERT INTO Extensions (Number, Name, EmployeeId, IsRemoved, FetchedUtc) VALUES ('{99 + m}', 'Manager {m}', {m}, 0, '2026-11-22 00:00:00');"));
            await staff.ExecuteNonQueryAsync();
        }
        await using var insertClient = connection.CreateCommand();
        insertClient.CommandText = "INSERT INTO Clients (Id, Name, ResponsibleEmployeeId, SearchText, CreatedUtc) VALUES ($id, $name, $manager, $search, '2026-11-22 00:00:00')";
        var id = insertClient.Parameters.Add("$id", SqliteType.Integer);
        var name = insertClient.Parameters.Add("$name", SqliteType.Text);
        var manager = insertClient.Parameters.Add("$manager", SqliteType.Integer);
        var search = insertClient.Parameters.Add("$search", SqliteType.Text);
        await using var insertPhone = connection.CreateCommand();
        insertPhone.CommandText = "INSERT INTO ClientPhones (ClientId, Label, E164, ReversedDigits) VALUES ($client, 'mobile', $e164, $reversed)";
        var client = insertPhone.Parameters.Add("$client", SqliteType.Integer);
        var e164 = insertPhone.Parameters.Add("$e164", SqliteType.Text);
        var reversed = insertPhone.Parameters.Add("$reversed", SqliteType.Text);

        for (var i = 0; i < clients; i++)
        {
            id.Value = i + 1;
            name.Value = Name(i);
            manager.Value = managers > 0 ? i % managers + 1 : DBNull.Value;
            search.Value = Client.ToSearchText(Name(i), null);
            await insertClient.ExecuteNonQueryAsync();
            var number = Number(i);
            client.Value = i + 1;
            e164.Value = number.E164;
            reversed.Value = number.ReversedDigits;
            await insertPhone.ExecuteNonQueryAsync();
        }
        await transaction.CommitAsync();
        Console.WriteLine($"Created in {watch.Elapsed.TotalSeconds:0.0} s");
    }
}
