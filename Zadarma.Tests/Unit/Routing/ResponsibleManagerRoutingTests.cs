using Microsoft.Extensions.Logging.Abstractions;
using Zadarma.Core.Directory;
using Zadarma.Core.Pbx;
using Zadarma.Core.Routing;
using Zadarma.Core.Webhooks;
using Zadarma.Tests.Infrastructure;
using static Zadarma.Tests.Unit.Webhooks.Notifications;

namespace Zadarma.Tests.Unit.Routing;

public sealed class ResponsibleManagerRoutingTests : IAsyncLifetime
{
    private TestDatabase _db = default!;
    private RoutingDirectory _directory = default!;
    private ResponsibleManagerRouting _routing = default!;
    private int _olga;

    public async Task InitializeAsync()
    {
        _db = await TestDatabase.CreateAsync();
        _olga = await _db.Employees.SaveAsync(new EmployeeEdit { Name = "Olga" });
        await _db.Extensions.MergeAsync([new FetchedExtension("100", "Reception"), new FetchedExtension("101", "Sales")]);
        await _db.Extensions.MapAsync("101", _olga);
        await _db.AddClientAsync("Acme Ltd", _olga, "+7 999 123 45 67");

        _directory = new RoutingDirectory(_db.Factory, _db.Clients, _db.Employees, _db.Extensions, _db.Settings, NullLogger<RoutingDirectory>.Instance);
        await _directory.StartAsync(CancellationToken.None);
        _routing = new ResponsibleManagerRouting(_directory, new Callers(_directory, _db.Directory), _db.Settings, NullLogger<ResponsibleManagerRouting>.Instance);
    }

    public async Task DisposeAsync()
    {
        await _directory.StopAsync(CancellationToken.None);
        await _db.DisposeAsync();
    }

    private async Task<RoutingReply?> StartFromAsync(string caller)
    {
        Assert.True(WebhookEvent.TryRead(Start("in_" + Guid.NewGuid().ToString("N"), caller), DateTime.UtcNow, out var webhook, out _));
        return await _routing.DecideAsync(webhook, CancellationToken.None);
    }

    [Fact]
    public async Task A_known_client_goes_to_the_managers_extension_with_their_name()
    {
        var reply = await StartFromAsync("79991234567");
        Assert.Equal("""{"redirect":"101","return_timeout":20,"caller_name":"Acme Ltd"}""", reply?.ToJson());
    }

    [Fact]
    public async Task The_settings_shape_the_reply()
    {
        var settings = await _db.Settings.GetAsync();
        settings.RoutingReturnTimeout = 0;
        settings.SendCallerName = false;
        await _db.Settings.SaveAsync(settings);

        Assert.Equal("""{"redirect":"101","return_timeout":0}""", (await StartFromAsync("79991234567"))?.ToJson());
    }

    [Theory]
    [InlineData("0")]
    [InlineData("")]
    [InlineData("anonymous")]
    [InlineData("79990000000")]
    public async Task Anonymous_and_unknown_callers_follow_the_PBX_scenario(string caller) =>
        Assert.Null(await StartFromAsync(caller));

    [Fact]
    public async Task Routing_off_follows_the_PBX_scenario()
    {
        var settings = await _db.Settings.GetAsync();
        settings.RoutingEnabled = false;
        await _db.Settings.SaveAsync(settings);

        Assert.Null(await StartFromAsync("79991234567"));
    }

    [Fact]
    public async Task A_manager_without_an_extension_leaves_the_call_to_the_PBX()
    {
        await _db.Extensions.MapAsync("101", null);
        Assert.Null(await StartFromAsync("79991234567"));

        // Mapped again: effective at once, no restart.
        await _db.Extensions.MapAsync("100", _olga);
        Assert.Equal("100", (await StartFromAsync("79991234567"))?.Redirect);
    }

    [Fact]
    public async Task The_index_follows_client_and_employee_changes()
    {
        var ivan = await _db.Employees.SaveAsync(new EmployeeEdit { Name = "Ivan" });
        await _db.Extensions.MapAsync("100", ivan);
        var client = await _db.AddClientAsync("Beta", ivan, "+48 601 234 567");
        Assert.Equal("100", (await StartFromAsync("48601234567"))?.Redirect);

        var edit = ClientEdit.From((await _db.Clients.GetAsync(client))!);
        edit.ResponsibleEmployeeId = _olga;
        await _db.Clients.SaveAsync(edit);
        Assert.Equal("101", (await StartFromAsync("48601234567"))?.Redirect);

        await _db.Employees.DeactivateAsync(_olga, freeExtension: false);
        Assert.Null(await StartFromAsync("48601234567"));

        await _db.Clients.DeleteAsync(client, Core.Accounts.Role.Supervisor);
        Assert.Equal(0, (await _db.Clients.ListAsync(new Core.Paging.PageRequest(Search: "Beta"))).Total);
        Assert.Null(await StartFromAsync("48601234567"));
    }

    [Fact]
    public async Task An_inactive_manager_gets_no_calls()
    {
        await _db.Employees.DeactivateAsync(_olga, freeExtension: false);
        Assert.Null(await StartFromAsync("79991234567"));
    }

    [Fact]
    public async Task Clients_sharing_a_number_and_a_manager_are_routed_without_a_name()
    {
        await _db.AddClientAsync("Acme's accountant", _olga, "8 999 123 45 67");
        Assert.Equal("""{"redirect":"101","return_timeout":20}""", (await StartFromAsync("79991234567"))?.ToJson());
    }

    [Fact]
    public async Task Clients_sharing_a_number_with_different_managers_are_left_to_the_PBX()
    {
        var ivan = await _db.Employees.SaveAsync(new EmployeeEdit { Name = "Ivan" });
        await _db.Extensions.MapAsync("100", ivan);
        await _db.AddClientAsync("Someone else", ivan, "+7 999 123 45 67");
        Assert.Null(await StartFromAsync("79991234567"));
    }

    [Fact]
    public async Task A_caller_known_by_the_last_digits_is_routed()
    {
        // +380 99 123 45 67 ends with the same nine digits as the client's +7 999 123 45 67.
        Assert.Equal("101", (await StartFromAsync("380991234567"))?.Redirect);
    }

    [Fact]
    public async Task Other_events_get_no_routing_reply()
    {
        Assert.True(WebhookEvent.TryRead(Internal("in_x", "79991234567", "100"), DateTime.UtcNow, out var webhook, out _));
        Assert.Null(await _routing.DecideAsync(webhook, CancellationToken.None));
    }

    [Fact]
    public async Task A_host_crm_is_asked_for_the_caller_and_its_manager_is_put_through()
    {
        var ivan = await _db.Employees.SaveAsync(new EmployeeEdit { Name = "Ivan" });
        await _db.Extensions.MapAsync("100", ivan);
        var host = new HostCrm(new DirectoryClient(501, "Host client", null, ivan, "+48601234567", PhoneMatch.Exact));
        var routing = new ResponsibleManagerRouting(_directory, new Callers(_directory, host), _db.Settings, NullLogger<ResponsibleManagerRouting>.Instance);

        Assert.True(WebhookEvent.TryRead(Start("in_host", "48601234567"), DateTime.UtcNow, out var webhook, out _));
        var reply = await routing.DecideAsync(webhook, CancellationToken.None);

        Assert.Equal("""{"redirect":"100","return_timeout":20,"caller_name":"Host client"}""", reply?.ToJson());
        Assert.Equal(["+48601234567"], host.Asked);
    }

    /// <summary>A host CRM that knows one client, and remembers which numbers it was asked about.</summary>
    private sealed class HostCrm(DirectoryClient client) : ICrmDirectory
    {
        public List<string> Asked { get; } = [];

        public Task<IReadOnlyList<DirectoryClient>> FindClientsByPhoneAsync(PhoneNumber number, CancellationToken ct = default)
        {
            Asked.Add(number.E164);
            return Task.FromResult<IReadOnlyList<DirectoryClient>>(number.E164 == client.MatchedPhone ? [client] : []);
        }

        public Task<DirectoryEmployee?> GetResponsibleEmployeeAsync(int clientId, CancellationToken ct = default) => Task.FromResult<DirectoryEmployee?>(null);

        public Task<IReadOnlyList<DirectoryEmployee>> ListEmployeesAsync(CancellationToken ct = default) => Task.FromResult<IReadOnlyList<DirectoryEmployee>>([]);

        public Task<DirectoryEmployee?> GetEmployeeOfUserAsync(int userId, CancellationToken ct = default) => Task.FromResult<DirectoryEmployee?>(null);
    }
}
