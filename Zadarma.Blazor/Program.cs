using Microsoft.AspNetCore.Authentication.Cookies;
using Microsoft.AspNetCore.DataProtection;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using Radzen;
using Serilog;
using Zadarma.Blazor.Accounts;
using Zadarma.Blazor.Components;
using Zadarma.Blazor.Endpoints;
using Zadarma.Blazor.Hosting;
using Zadarma.Core.Accounts;
using Zadarma.Core.Directory;
using Zadarma.Core.Persistence;
using Zadarma.Core.Settings;

var builder = WebApplication.CreateBuilder(args);
var dataPath = DataFolder.Resolve(builder.Configuration, builder.Environment);

var serilog = new LoggerConfiguration()
    .ReadFrom.Configuration(builder.Configuration)
    .Enrich.FromLogContext()
    .WriteTo.Console(outputTemplate: "[{Timestamp:HH:mm:ss} {Level:u3}] {SourceContext}: {Message:lj}{NewLine}{Exception}")
    .WriteTo.File(Path.Combine(dataPath, "logs", "zadarma-.log"), rollingInterval: RollingInterval.Day, retainedFileCountLimit: 14)
    .CreateLogger();
builder.Logging.ClearProviders().AddSerilog(serilog, dispose: true);

builder.Services.AddRazorComponents().AddInteractiveServerComponents();
builder.Services.AddRadzenComponents();
builder.Services.AddLocalization(o => o.ResourcesPath = "Resources");

builder.Services.AddDataProtection()
    .SetApplicationName("Zadarma.Blazor")
    .PersistKeysToFileSystem(new DirectoryInfo(Path.Combine(dataPath, "keys")));

builder.Services.AddDbContextFactory<ZadarmaDb>(o => o.UseSqlite(Database.ConnectionString(dataPath)));
builder.Services.AddHealthChecks().AddDbContextCheck<ZadarmaDb>("database");

builder.Services.AddSingleton(TimeProvider.System);
builder.Services.AddSingleton<IPasswordHasher<User>, PasswordHasher<User>>();
builder.Services.AddSingleton<UserAccounts>();
builder.Services.AddSingleton<SettingsStore>();
builder.Services.AddSingleton<ClientStore>();
builder.Services.AddSingleton<EmployeeStore>();
builder.Services.AddSingleton<ICrmDirectory, BuiltInCrmDirectory>();
builder.Services.AddZadarmaWebhooks(builder.Configuration);

builder.Services.AddScoped<CookieValidation>();
builder.Services.AddAuthentication(CookieAuthenticationDefaults.AuthenticationScheme)
    .AddCookie(o =>
    {
        o.LoginPath = "/account/signin";
        o.AccessDeniedPath = "/account/denied";
        o.Cookie.Name = "zadarma.auth";
        o.Cookie.HttpOnly = true;
        o.Cookie.SameSite = SameSiteMode.Lax;
        o.SlidingExpiration = true;
        o.ExpireTimeSpan = TimeSpan.FromHours(12);
        o.EventsType = typeof(CookieValidation);
    });
builder.Services.AddAuthorizationBuilder()
    .AddPolicy(Policies.Admin, p => p.RequireRole(nameof(Role.Admin)))
    .AddPolicy(Policies.Supervisor, p => p.RequireRole(nameof(Role.Admin), nameof(Role.Supervisor)))
    .AddPolicy(Policies.Agent, p => p.RequireAuthenticatedUser());
builder.Services.AddCascadingAuthenticationState();

var app = builder.Build();

await Database.MigrateAsync(app.Services.GetRequiredService<IDbContextFactory<ZadarmaDb>>());
app.Logger.LogInformation("Data folder {DataPath}", dataPath);

if (!app.Environment.IsDevelopment())
    app.UseExceptionHandler("/error", createScopeForErrors: true);
// Only page navigations get the friendly page; API and webhook callers keep their bare status codes.
app.UseWhen(
    http => http.Request.Headers.Accept.ToString().Contains("text/html", StringComparison.OrdinalIgnoreCase),
    branch => branch.UseStatusCodePagesWithReExecute("/not-found"));
app.UseMiddleware<RequestLogging>();
app.UseRequestLocalization(UiCulture.Options());
app.UseAuthentication();
app.UseMiddleware<FirstRunGate>();
app.UseAuthorization();
app.UseAntiforgery();
app.UseRateLimiter();

app.MapStaticAssets();
app.MapHealthChecks("/health").AllowAnonymous();
app.MapAccountEndpoints();
app.MapZadarmaWebhooks();
app.MapRazorComponents<App>().AddInteractiveServerRenderMode();

app.Run();

/// <summary>Visible to the test host.</summary>
public partial class Program;
