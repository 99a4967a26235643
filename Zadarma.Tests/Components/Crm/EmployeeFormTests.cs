using Bunit;
using Zadarma.Blazor.Components.Crm;
using Zadarma.Core.Accounts;
using Zadarma.Core.Directory;

namespace Zadarma.Tests.Components.Crm;

public sealed class EmployeeFormTests : CrmTest
{
    private Task<bool> _result = default!;

    private async Task OpenAsync(EmployeeRow? employee = null)
    {
        // Started, not awaited: the task ends when the dialog closes.
        await DialogProvider.InvokeAsync(() => { _result = Dialogs.EditEmployeeAsync(L, employee); });
        DialogProvider.WaitForElement(".employee-form");
    }

    private void TypeName(string name) => DialogProvider.Find(".employee-name input").Change(name);

    /// <summary>What the Save button does (it submits the form by its form attribute, which bunit does not follow), and Enter too.</summary>
    private Task SaveAsync()
    {
        var form = DialogProvider.Find(".employee-form form");
        Assert.Equal(form.Id, DialogProvider.Find(".employee-save").GetAttribute("form"));
        return form.SubmitAsync();
    }

    [Theory]
    [InlineData("en", "", "Enter the employee's name.")]
    [InlineData("ru", "  ", "Введите имя сотрудника.")]
    [InlineData("pl", "", "Podaj imię i nazwisko pracownika.")]
    public async Task An_employee_needs_a_name_said_in_the_users_language(string culture, string name, string error)
    {
        await StartAsync(Role.Admin, culture);
        await OpenAsync();
        TypeName(name);

        await SaveAsync();

        DialogProvider.WaitForAssertion(() => Assert.Contains(error, DialogProvider.Find(".employee-name").TextContent));
        Assert.False(_result.IsCompleted);
        Assert.Empty(await Employees.ListAsync());
    }

    [Fact]
    public async Task A_new_employee_is_saved_active_with_a_notice()
    {
        await StartAsync(Role.Admin, "ru");
        var snackbars = Render<MudBlazor.MudSnackbarProvider>();
        await OpenAsync();
        Assert.Equal("Имя", DialogProvider.Find($"label[for='{DialogProvider.Find(".employee-name input").Id}']").TextContent.Trim().TrimEnd('*').Trim());
        TypeName(" Ольга Петрова ");

        await SaveAsync();

        Assert.True(await _result.WaitAsync(TimeSpan.FromSeconds(10)));
        var saved = Assert.Single(await Employees.ListAsync());
        Assert.Equal(("Ольга Петрова", true), (saved.Name, saved.IsActive));
        snackbars.WaitForAssertion(() => Assert.Contains("Сотрудник Ольга Петрова сохранён.", snackbars.Markup));
    }

    [Fact]
    public async Task Renaming_a_deactivated_employee_keeps_them_deactivated()
    {
        await StartAsync(Role.Admin);
        var id = await Employees.SaveAsync(new EmployeeEdit { Name = "Olga" });
        await Employees.DeactivateAsync(id, freeExtension: false);
        await OpenAsync(await Employees.GetAsync(id));
        Assert.Equal("Olga", DialogProvider.Find(".employee-name input").GetAttribute("value"));
        TypeName("Olga Petrova");

        await SaveAsync();

        Assert.True(await _result.WaitAsync(TimeSpan.FromSeconds(10)));
        var saved = (await Employees.GetAsync(id))!;
        Assert.Equal(("Olga Petrova", false), (saved.Name, saved.IsActive));
    }
}
