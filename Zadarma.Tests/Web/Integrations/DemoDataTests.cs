using Zadarma.Core.Accounts;
using Zadarma.Core.Demo;
using Zadarma.Core.Directory;
using Zadarma.Core.Paging;
using Zadarma.Core.Pbx;
using Zadarma.Tests.Infrastructure;

namespace Zadarma.Tests.Web.Integrations;

public sealed class DemoDataTests : IAsyncLifetime
{
    private TestApp _app = default!;

    public async Task InitializeAsync() => _app = await TestApp.StartAsync();

    public async Task DisposeAsync() => await _app.DisposeAsync();

    [Fact]
    public async Task One_click_maps_employees_to_the_sandbox_extensions_and_adds_clients_with_managers()
    {
        var admin = await _app.CreateUserAsync("admin", Role.Admin);

        var result = await _app.Get<DemoData>().LoadAsync(admin.Id);

        Assert.Equal((3, 4, "Olga Petrova"), (result.Employees, result.NewClients, result.LinkedEmployee));
        var extensions = await _app.Get<ExtensionStore>().ListAsync();
        Assert.Equal(["Olga Petrova", "Ivan Sokolov", "Anna Kowalska"], extensions.Select(x => x.EmployeeName));
        var clients = await _app.Get<ClientStore>().ListAsync(new PageRequest(Take: 50));
        Assert.Equal(3, clients.Items.Count(c => c.ResponsibleName is not null));
        Assert.Equal("Olga Petrova", (await _app.Get<ICrmDirectory>().GetEmployeeOfUserAsync(admin.Id))?.Name);

        // A second click changes nothing.
        var again = await _app.Get<DemoData>().LoadAsync(admin.Id);
        Assert.Equal((0, (string?)null), (again.NewClients, again.LinkedEmployee));
        Assert.Equal(3, (await _app.Get<EmployeeStore>().ListAsync()).Count);
    }
}
