using Microsoft.AspNetCore.Authentication.Cookies;
using Microsoft.AspNetCore.DataProtection;
using Microsoft.AspNetCore.Identity;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.EntityFrameworkCore;
using MudBlazor;
using MudBlazor.Services;
using Zadarma.Blazor.Components.Layout;
using Zadarma.Blazor.Time;
using Zadarma.Blazor.Accounts;
using Zadarma.Blazor.Components;
using Zadarma.Core.Accounts;
using Zadarma.Core.Api;
using Zadarma.Blazor.Components.Telephony;
using Zadarma.Core.Calls;
using Zadarma.Core.Notifications;
using Zadarma.Core.Telephony;
using Zadarma.Core.Demo;
using Zadarma.Core.Directory;
using Zadarma.Core.Pbx;
using Zadarma.Core.Sandbox;
using Zadarma.Blazor.Endpoints;
using Zadarma.Blazor.Security;
using Zadarma.Core.Persistence;
using Zadarma.Core.Recordings;
using Zadarma.Core.Routing;
using Zadarma.Core.Webhooks;
using Zadarma.Core.Settings;
using Zadarma.Core.WebRtc;

namespace Zadarma.Blazor.Hosting;

/// <summary>
/// Builds the whole app. <c>Program</c> runs it; tests start the same app in-process on a loopback port.
/// </summary>
public static class ZadarmaApp
{
    public static WebApplication Build(WebApplicationBuilder builder)
    {
        var dataPath = DataPath.Resolve(builder.Configuration, builder.Environment);
        builder.Services.AddSingleton(dataPath);

        builder.Services.AddAppLogging(builder.Configuration, dataPath);

        builder.Services.AddRazorComponents().AddInteractiveServerComponents();
        builder.Services.AddMudServices(o =>
        {
            // Popups take the top right; notices keep clear of them and of the grids' action buttons.
            o.SnackbarConfiguration.PositionClass = Defaults.Classes.Position.BottomLeft;
            o.SnackbarConfiguration.PreventDuplicates = true;
            o.SnackbarConfiguration.VisibleStateDuration = 6000;
        });
        builder.Services.AddOptions<SecurityOptions>().Bind(builder.Configuration.GetSection(SecurityOptions.Section));
        builder.Services.AddTransient<MudLocalizer, MudBlazorLocalizer>();
        builder.Services.AddScoped<UserTime>();
        builder.Services.AddScoped<ChosenTheme>();
        builder.Services.AddLocalization(o => o.ResourcesPath = "Resources");

        builder.Services.AddDataProtection()
            .SetApplicationName("Zadarma.Blazor")
            .PersistKeysToFileSystem(new DirectoryInfo(dataPath.Combine("keys")));

        builder.Services.AddDbContextFactory<ZadarmaDb>(o => o.UseSqlite(Database.ConnectionString(dataPath.Value)));
        builder.Services.AddHostedService<DatabaseMigration>();
        builder.Services.AddHealthChecks().AddDbContextCheck<ZadarmaDb>("database");

        builder.Services.AddSingleton(TimeProvider.System);
        builder.Services.AddSingleton<IPasswordHasher<User>, PasswordHasher<User>>();
        builder.Services.AddSingleton<UserAccounts>();
        builder.Services.AddSingleton<SettingsStore>();
        builder.Services.AddSingleton<ClientStore>();
        builder.Services.AddSingleton<EmployeeStore>();
        // A host CRM registers its own directory before this runs; the built-in one is the fallback.
        builder.Services.TryAddSingleton<ICrmDirectory, BuiltInCrmDirectory>();
        builder.Services.AddSingleton<ExtensionStore>();
        builder.Services.AddSandboxPbx(builder.Configuration, dataPath.Value);
        builder.Services.AddZadarmaApi();
        builder.Services.AddSingleton<ZadarmaConnection>();
        builder.Services.AddSingleton<IZadarmaAccount>(sp => sp.GetRequiredService<ZadarmaConnection>());
        builder.Services.AddSingleton<IWebhookSecret>(sp => sp.GetRequiredService<ZadarmaConnection>());
        builder.Services.AddSingleton<RoutingDirectory>();
        builder.Services.AddHostedService(sp => sp.GetRequiredService<RoutingDirectory>());
        builder.Services.AddSingleton<Callers>();
        builder.Services.AddSingleton<ICallRouting, ResponsibleManagerRouting>();
        builder.Services.AddTransient<ConnectionTest>();
        builder.Services.AddTransient<PbxFetch>();
        builder.Services.AddTransient<DemoData>();
        builder.Services.AddSingleton<CallList>();
        builder.Services.AddSingleton<CallEdits>();
        builder.Services.AddSingleton<CallPopups>();
        builder.Services.AddSingleton<CallNotifier>();
        builder.Services.AddHostedService(sp => sp.GetRequiredService<CallNotifier>());
        builder.Services.AddScoped<OpenCallPopups>();
        builder.Services.AddOptions<CallPopupOptions>().Bind(builder.Configuration.GetSection(CallPopupOptions.Section));
        builder.Services.AddOptions<WebRtcWidgetOptions>().Bind(builder.Configuration.GetSection(WebRtcWidgetOptions.Section));
        builder.Services.AddSingleton<PendingCallbacks>();
        builder.Services.AddTransient<ClickToCall>();
        builder.Services.AddZadarmaWebhooks(builder.Configuration);
        builder.Services.AddSingleton<WebRtcKeys>();
        builder.Services.AddTransient<WebRtcOffers>();
        builder.Services.AddRecordings(builder.Configuration, dataPath.Value);

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

        if (!app.Environment.IsDevelopment())
            app.UseExceptionHandler("/error", createScopeForErrors: true);
        // Only page navigations get the friendly page; API and webhook callers keep their bare status codes.
        app.UseWhen(
            http => http.Request.Headers.Accept.ToString().Contains("text/html", StringComparison.OrdinalIgnoreCase),
            branch => branch.UseStatusCodePagesWithReExecute("/status/{0}"));
        app.UseRequestLogging();
        // The PBX reads no page: its notifications skip the page headers, as they skip the culture lookup below.
        app.UseWhen(
            http => !http.Request.Path.StartsWithSegments(WebhookEndpoints.Path),
            branch => branch.UseMiddleware<SecurityHeaders>());
        // The PBX reads no UI text: its notifications skip the culture lookup, a measurable share of their cost.
        app.UseWhen(
            http => !http.Request.Path.StartsWithSegments(WebhookEndpoints.Path),
            branch => branch.UseRequestLocalization(UiCulture.Options()));
        // After the status code pages: a re-executed request is routed again, to the page that explains its status.
        app.UseRouting();
        app.UseAuthentication();
        app.UseMiddleware<FirstRunGate>();
        app.UseAuthorization();
        app.UseAntiforgery();
        app.UseRateLimiter();

        app.MapStaticAssets();
        app.MapHealthChecks("/health").AllowAnonymous();
        app.MapAccountEndpoints();
        app.MapSandboxPbx();
        app.MapZadarmaWebhooks();
        app.MapRecordings();
        // The frame-ancestors rule is part of the app's own policy (SecurityHeaders), which a host CRM can widen.
        app.MapRazorComponents<App>().AddInteractiveServerRenderMode(o => o.ContentSecurityFrameAncestorsPolicy = null);
        return app;
    }
}
