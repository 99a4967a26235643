using Zadarma.Core.Accounts;

namespace Zadarma.Blazor.Hosting;

/// <summary>
/// Until the first admin exists, every page leads to the setup page; afterwards the setup page is gone for good.
/// </summary>
public sealed class FirstRunGate(RequestDelegate next)
{
    public const string SetupPath = "/setup";

    // What must keep working before setup: the framework's scripts, static files, probes, webhooks, the sandbox PBX,
    // and the setup page's language switch.
    private static readonly string[] AlwaysOpen = ["/_framework", "/_content", "/_blazor", "/health", "/exec", "/sandbox", "/css", "/favicon", "/account/culture"];

    public async Task InvokeAsync(HttpContext context, UserAccounts accounts)
    {
        var path = context.Request.Path;
        var isSetup = path.StartsWithSegments(SetupPath, StringComparison.OrdinalIgnoreCase);
        // Open paths pass either way: webhooks and scripts should not pay for the question.
        if (!isSetup && IsAlwaysOpen(path))
        {
            await next(context);
            return;
        }
        var hasUsers = await accounts.HasAnyUserAsync(context.RequestAborted);

        if (hasUsers && isSetup)
        {
            context.Response.StatusCode = StatusCodes.Status404NotFound;
            return;
        }
        if (!hasUsers && !isSetup)
        {
            context.Response.Redirect(SetupPath);
            return;
        }
        await next(context);
    }

    private static bool IsAlwaysOpen(PathString path) =>
        AlwaysOpen.Any(p => path.StartsWithSegments(p, StringComparison.OrdinalIgnoreCase))
        || Path.HasExtension(path.Value);
}
