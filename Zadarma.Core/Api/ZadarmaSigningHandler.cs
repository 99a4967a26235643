using System.Text;
using Microsoft.AspNetCore.WebUtilities;

namespace Zadarma.Core.Api;

/// <summary>
/// Signs each request as Zadarma verifies it and sends exactly what it signed: the parameters Refit wrote, plus
/// <c>format=json</c>, sorted and re-encoded, as the query of a GET or the form body otherwise, at the account's address.
/// </summary>
/// <remarks>
/// Refit's own encoding differs from Zadarma's (space as <c>%20</c>, unsorted), so the request is rewritten rather
/// than signed as it stands: a signature over one string and a request carrying another gets a 401.
/// </remarks>
internal sealed class ZadarmaSigningHandler(IZadarmaAccount account) : DelegatingHandler
{
    private static readonly UriCreationOptions Verbatim = new() { DangerousDisablePathAndQueryCanonicalization = true };

    protected override async Task<HttpResponseMessage> SendAsync(HttpRequestMessage request, CancellationToken cancellationToken)
    {
        // Read per request, so that a change in the settings applies at once.
        var credentials = request.Options.TryGetValue(GivenAccount.Key, out var given) && given is not null
            ? given
            : await account.GetCredentialsAsync(cancellationToken);
        var written = request.RequestUri ?? throw new InvalidOperationException("A Zadarma request needs an address.");
        // Refit wrote the method path onto a placeholder base without a path, so this is Zadarma's method path.
        var path = written.AbsolutePath;
        var isGet = request.Method == HttpMethod.Get;

        // The escaped query (ToString would show it unescaped) and the form body as they would have been sent.
        var sent = isGet ? written.Query : request.Content is { } content ? await content.ReadAsStringAsync(cancellationToken) : "";
        var parameters = QueryHelpers.ParseQuery(sent)
            .Select(p => new KeyValuePair<string, string?>(p.Key, p.Value.ToString()))
            // The official clients always add and sign format=json.
            .Append(new("format", "json"));
        var signed = ZadarmaRequestSigner.Sign(path, parameters, credentials.Secret);

        var address = new Uri(WithTrailingSlash(credentials.BaseUrl), path.TrimStart('/'));
        if (isGet)
        {
            // Uri would turn the signed %7E back into '~'; the query is built escaped already, so it is kept as it is.
            request.RequestUri = new Uri($"{address.AbsoluteUri}?{signed.Query}", Verbatim);
        }
        else
        {
            request.RequestUri = address;
            request.Content?.Dispose();
            request.Content = new StringContent(signed.Query, Encoding.UTF8, "application/x-www-form-urlencoded");
        }
        // Headers.Add validates the value as a scheme and parameter, which "key:signature" is not.
        request.Headers.Remove("Authorization");
        request.Headers.TryAddWithoutValidation("Authorization", $"{credentials.Key}:{signed.Signature}");
        return await base.SendAsync(request, cancellationToken);
    }

    private static Uri WithTrailingSlash(Uri baseUrl) =>
        baseUrl.AbsoluteUri.EndsWith('/') ? baseUrl : new Uri(baseUrl.AbsoluteUri + "/");
}
