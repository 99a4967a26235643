using System.Text.RegularExpressions;

namespace Zadarma.Tests.Infrastructure;

/// <summary>The app's static forms (setup, sign-in) posted as a browser posts them, antiforgery token and all.</summary>
public static partial class Forms
{
    public static string AntiforgeryToken(string page)
    {
        var token = AntiforgeryField().Match(page).Groups[1].Value;
        Assert.False(string.IsNullOrEmpty(token), "The form has no antiforgery token.");
        return token;
    }

    /// <summary>Creates the first admin through the setup page, in the language chosen there (the page's when none).</summary>
    public static async Task<HttpResponseMessage> PostSetupAsync(HttpClient client, string userName, string password, string? language = null)
    {
        var page = await client.GetStringAsync("/setup");
        var form = new Dictionary<string, string>
        {
            ["__RequestVerificationToken"] = AntiforgeryToken(page),
            ["_handler"] = "setup",
            ["Input.UserName"] = userName,
            ["Input.Password"] = password,
            ["Input.Confirm"] = password,
        };
        if (language is not null)
            form["Input.Language"] = language;
        return await client.PostAsync("/setup", new FormUrlEncodedContent(form));
    }

    [GeneratedRegex("name=\"__RequestVerificationToken\" value=\"([^\"]+)\"")]
    private static partial Regex AntiforgeryField();
}
