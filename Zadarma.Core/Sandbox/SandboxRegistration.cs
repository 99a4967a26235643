using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;

namespace Zadarma.Core.Sandbox;

public static class SandboxRegistration
{
    /// <summary>
    /// The key of the sandbox's own clock: the app's clock unless something else is registered first, so a test can
    /// move the PBX's time (and expire its links) while the app keeps its own.
    /// </summary>
    public const string ClockKey = "Sandbox";

    /// <summary>
    /// The sandbox PBX, configured from the <c>Sandbox</c> section; its key file lives in <paramref name="dataPath"/>.
    /// Registered even when disabled, so pages can read <see cref="SandboxOptions.Enabled"/>; nothing is created until used.
    /// </summary>
    public static IServiceCollection AddSandboxPbx(this IServiceCollection services, IConfiguration configuration, string dataPath)
    {
        services.AddOptions<SandboxOptions>()
            .Bind(configuration.GetSection(SandboxOptions.Section))
            .Configure(o => o.DataPath = dataPath);
        services.TryAddSingleton(TimeProvider.System);
        services.TryAddKeyedSingleton<TimeProvider>(ClockKey, (sp, _) => sp.GetRequiredService<TimeProvider>());
        services.AddSingleton<SandboxPbx>();
        services.AddSingleton<SandboxRecordingLinks>();
        services.AddSingleton<SandboxAppAddress>();
        services.AddSingleton<SandboxWebhookSender>();
        services.AddSingleton<SandboxPhones>();
        services.AddSingleton<SandboxCalls>();
        services.AddSingleton<SandboxApi>();
        services.AddHttpClient(SandboxWebhookSender.HttpClientName, client => client.Timeout = TimeSpan.FromSeconds(10))
            .RedactLoggedHeaders(["Signature"]);
        return services;
    }
}
