using System.Net;
using Zadarma.Core.Directory;
using Zadarma.Core.Pbx;
using Zadarma.Tests.Infrastructure;
using static Zadarma.Tests.Unit.Webhooks.Notifications;

namespace Zadarma.Tests.Web.Webhooks;

public sealed class ResponsibleManagerRoutingEndToEndTests : IAsyncLifetime
{
    private readonly AppFactory _app = new AppFactory().With("Sandbox:Secret", Secret);

    public Task InitializeAsync() => Task.CompletedTask;

    public async Task DisposeAsync() => await _app.DisposeAsync();

    [Fact]
    public async Task NOTIFY_START_from_a_client_with_a_mapped_manager_is_redirected_to_them()
    {
        var olga = await _app.Get<EmployeeStore>().SaveAsync(new EmployeeEdit { Name = "Olga" });
        await _app.Get<ExtensionStore>().MergeAsync([new FetchedExtension("101", "Sales")]);
        await _app.Get<ExtensionStore>().MapAsync("101", olga);
        await _app.Get<ClientStore>().SaveAsync(new ClientEdit
        {
            Name = "Acme Ltd",
            ResponsibleEmployeeId = olga,
            Phones = [new PhoneEdit { Number = "8 (999) 123-45-67" }],
        });

        var known = await PostSignedAsync(Start("in_e2e_known", "79991234567"));
        var unknown = await PostSignedAsync(Start("in_e2e_unknown", "79990000000"));

        Assert.Equal(HttpStatusCode.OK, known.StatusCode);
        Assert.Equal("""{"redirect":"101","return_timeout":20,"caller_name":"Acme Ltd"}""", await known.Content.ReadAsStringAsync());
        Assert.Equal(HttpStatusCode.OK, unknown.StatusCode);
        Assert.Equal("", await unknown.Content.ReadAsStringAsync());
    }

    private Task<HttpResponseMessage> PostSignedAsync(List<KeyValuePair<string, string>> fields) =>
        _app.CreatePlainClient().SendAsync(Post(fields));
}
