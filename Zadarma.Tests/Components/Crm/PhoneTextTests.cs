using Bunit;
using Zadarma.Blazor.Components.Crm;

namespace Zadarma.Tests.Components.Crm;

/// <summary>
/// Beside a number, calling through Zadarma is the one primary action; dialling on this device is a small secondary
/// link with a name of its own; the number itself is plain text that never wraps.
/// </summary>
public sealed class PhoneTextTests : CrmTest
{
    [Fact]
    public async Task Calling_through_Zadarma_comes_first_and_dialling_here_is_a_secondary_named_link()
    {
        await StartAsync(culture: "ru");

        var phone = Render<PhoneText>(p => p.Add(t => t.E164, "+79991234567").Add(t => t.Callable, true));

        var parts = phone.Find(".phone-text-wrap").Children.Select(c => c.ClassName).ToList();
        Assert.Equal(["phone-text", "click-to-call", "phone-dial"], parts);
        Assert.Equal("+79991234567", phone.Find(".click-to-call").GetAttribute("data-number"));
        var dial = phone.Find("a.phone-dial");
        Assert.Equal("tel:+79991234567", dial.GetAttribute("href"));
        Assert.Equal("Набрать 8 (999) 123-45-67 на этом устройстве", dial.GetAttribute("aria-label"));
        Assert.Equal(dial.GetAttribute("aria-label"), dial.GetAttribute("title"));
        Assert.Equal("", dial.TextContent.Trim());
    }

    [Fact]
    public async Task The_number_is_plain_text_in_one_unbreakable_piece()
    {
        await StartAsync();

        var phone = Render<PhoneText>(p => p.Add(t => t.E164, "+79991234567").Add(t => t.Callable, true));

        var text = phone.Find(".phone-text");
        Assert.Equal("SPAN", text.TagName);
        Assert.Null(text.Closest("a"));
        Assert.Equal("8\u00A0(999)\u00A0123-45-67", text.TextContent);
        Assert.Equal("+79991234567", text.GetAttribute("title"));
    }

    [Fact]
    public async Task A_foreign_number_reads_internationally_and_without_calling_it_is_only_dialled_here()
    {
        await StartAsync(culture: "pl");

        var phone = Render<PhoneText>(p => p.Add(t => t.E164, "+48601234567"));

        Assert.Empty(phone.FindAll(".click-to-call"));
        Assert.Equal("+48\u00A0601\u00A0234\u00A0567", phone.Find(".phone-text").TextContent);
        Assert.Equal("Zadzwoń pod +48 601 234 567 z tego urządzenia", phone.Find("a.phone-dial").GetAttribute("aria-label"));
    }

    [Theory]
    [InlineData("anonymous")]
    [InlineData("0")]
    public async Task A_withheld_caller_has_nothing_to_dial(string reported)
    {
        await StartAsync();

        var phone = Render<PhoneText>(p => p.Add(t => t.E164, reported));

        Assert.Equal(reported, phone.Find(".phone-text").TextContent);
        Assert.Empty(phone.FindAll("a"));
    }
}
