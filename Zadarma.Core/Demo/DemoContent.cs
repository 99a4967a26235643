namespace Zadarma.Core.Demo;

/// <summary>
/// The demo's people, companies and notes in one language. The numbers are the same in every language: the sandbox
/// routes calls by them.
/// </summary>
public sealed record DemoContent(
    IReadOnlyList<DemoEmployee> Team,
    IReadOnlyList<DemoClient> Clients,
    string MobileLabel,
    string WorkLabel)
{
    public static readonly DemoContent English = new(
        [new("Olga Petrova", "100"), new("Ivan Sokolov", "101"), new("Anna Kowalska", "102")],
        [
            new("Dmitry Volkov", "Acme Ltd", "+7 999 123 45 67", 0, "Regular customer. Prefers calls after 2 p.m."),
            new("Marta Nowak", "Beta Sp. z o.o.", "+48 601 234 567", 2, "Asked for a quote for 50 licences; call back on Friday."),
            new("Sergey Orlov", "Gamma LLC", "+7 912 000 11 22", 1, "Pays by bank transfer; invoices go to the accounts department."),
            new("John Smith", "Delta Inc", "+44 20 3769 1881", null, "Met at the trade fair; interested in the call-centre plan.", IsOffice: true),
        ],
        "mobile",
        "work");

    public static readonly DemoContent Russian = new(
        [new("Ольга Петрова", "100"), new("Иван Соколов", "101"), new("Анна Ковальская", "102")],
        [
            new("Дмитрий Волков", "ООО «Акме»", "+7 999 123 45 67", 0, "Постоянный клиент. Удобнее звонить после 14:00."),
            new("Марта Новак", "Beta Sp. z o.o.", "+48 601 234 567", 2, "Запросила коммерческое предложение на 50 лицензий; перезвонить в пятницу."),
            new("Сергей Орлов", "ООО «Гамма»", "+7 912 000 11 22", 1, "Оплачивает банковским переводом; счета отправлять в бухгалтерию."),
            new("Джон Смит", "Delta Inc", "+44 20 3769 1881", null, "Познакомились на выставке; интересуется тарифом для колл-центра.", IsOffice: true),
        ],
        "мобильный",
        "рабочий");

    public static readonly DemoContent Polish = new(
        [new("Katarzyna Nowicka", "100"), new("Piotr Zieliński", "101"), new("Anna Kowalska", "102")],
        [
            new("Tomasz Wójcik", "Acme Sp. z o.o.", "+7 999 123 45 67", 0, "Stały klient. Woli rozmowy po godzinie 14."),
            new("Marta Nowak", "Beta Sp. z o.o.", "+48 601 234 567", 2, "Prosiła o ofertę na 50 licencji; oddzwonić w piątek."),
            new("Siergiej Orłow", "Gamma LLC", "+7 912 000 11 22", 1, "Płaci przelewem; faktury wysyłać do księgowości."),
            new("John Smith", "Delta Inc", "+44 20 3769 1881", null, "Poznany na targach; interesuje się pakietem dla call center.", IsOffice: true),
        ],
        "komórkowy",
        "służbowy");

    /// <summary>The content in a UI language ("en", "ru", "pl"); English for any other.</summary>
    public static DemoContent For(string? language) => language switch
    {
        "ru" => Russian,
        "pl" => Polish,
        _ => English,
    };
}

public sealed record DemoEmployee(string Name, string Extension);

/// <param name="Manager">Index of the responsible manager in the team; null for a client nobody owns yet.</param>
/// <param name="IsOffice">Whether the number is a landline at work rather than a mobile.</param>
public sealed record DemoClient(string Name, string Company, string Phone, int? Manager, string Notes, bool IsOffice = false);
