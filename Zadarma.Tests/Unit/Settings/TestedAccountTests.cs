using Zadarma.Core.Settings;

namespace Zadarma.Tests.Unit.Settings;

public sealed class TestedAccountTests
{
    private static ZadarmaConnectionEdit Real() =>
        new() { UseSandbox = false, Url = "https://api.zadarma.com", Key = "key-1", NewSecret = "secret-1", SavedKeyHint = null };

    [Fact]
    public void A_result_holds_while_the_account_fields_are_unchanged()
    {
        var edit = Real();
        var tested = TestedAccount.Of(edit);

        edit.PbxTimeZone = "UTC+5";
        edit.RoutingEnabled = !edit.RoutingEnabled;
        edit.Url = "https://api.zadarma.com/ ";

        Assert.True(tested.Matches(edit));
    }

    [Theory]
    [InlineData("sandbox")]
    [InlineData("url")]
    [InlineData("key")]
    [InlineData("secret")]
    public void Changing_the_account_ends_it(string field)
    {
        var edit = Real();
        var tested = TestedAccount.Of(edit);

        switch (field)
        {
            case "sandbox": edit.UseSandbox = true; break;
            case "url": edit.Url = "https://api.zadarma.test"; break;
            case "key": edit.Key = "key-2"; break;
            default: edit.NewSecret = "secret-2"; break;
        }

        Assert.False(tested.Matches(edit));
    }

    [Fact]
    public void The_sandbox_ignores_the_hidden_account_fields()
    {
        var edit = new ZadarmaConnectionEdit { UseSandbox = true };
        var tested = TestedAccount.Of(edit);

        edit.Key = "typed meanwhile";

        Assert.True(tested.Matches(edit));
    }

    [Fact]
    public void The_typed_secret_is_not_in_its_text()
    {
        Assert.DoesNotContain("secret-1", TestedAccount.Of(Real()).ToString());
    }
}
