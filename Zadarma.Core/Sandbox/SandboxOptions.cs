namespace Zadarma.Core.Sandbox;

/// <summary>Configuration section <c>Sandbox</c>.</summary>
public sealed class SandboxOptions
{
    public const string Section = "Sandbox";

    /// <summary>When false the sandbox endpoints are not mapped at all.</summary>
    public bool Enabled { get; set; } = true;

    /// <summary>Fixed API key; generated and kept in the data folder when absent.</summary>
    public string? Key { get; set; }

    /// <summary>Fixed API secret; generated and kept in the data folder when absent.</summary>
    public string? Secret { get; set; }

    /// <summary>Pause between the events of a simulated call, so that a screen shows them arrive as in real life.</summary>
    public TimeSpan StepDelay { get; set; } = TimeSpan.FromSeconds(1.5);

    /// <summary>How long an incoming call rings a browser phone before it counts as missed.</summary>
    public TimeSpan RingTimeout { get; set; } = TimeSpan.FromSeconds(30);

    /// <summary>Where the app itself answers (e.g. <c>http://127.0.0.1:5000/</c>), for the default webhook URL; guessed when absent.</summary>
    public Uri? AppUrl { get; set; }

    /// <summary>The app's data folder; set by <see cref="SandboxRegistration.AddSandboxPbx"/>.</summary>
    public string DataPath { get; set; } = "";
}
