using Zadarma.Blazor.Hosting;

ZadarmaApp.Build(WebApplication.CreateBuilder(args)).Run();

/// <summary>Visible to the test host.</summary>
public partial class Program;
