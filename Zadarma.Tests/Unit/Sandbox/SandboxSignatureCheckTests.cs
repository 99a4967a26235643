using Zadarma.Core.Api;
using Zadarma.Core.Sandbox;

namespace Zadarma.Tests.Unit.Sandbox;

public sealed class SandboxSignatureCheckTests
{
    private const string Key = "sandboxkey";
    private const string Secret = "0123456789abcdef0123";
    private const string Path = "/v1/request/callback/";

    // The official PHP SDK sends GET parameters in the caller's order with format last, but signs them sorted.
    private static readonly KeyValuePair<string, string?>[] PhpOrder =
        [new("to", "+442037691881"), new("from", "100"), new("sip", "100"), new("predicted", "1"), new("format", "json")];

    private static SandboxRequest Request(string? authorization, IReadOnlyList<KeyValuePair<string, string?>>? parameters = null) =>
        new("GET", Path, parameters ?? PhpOrder, authorization, new Uri("http://127.0.0.1/"));

    [Fact]
    public void Accepts_unsorted_parameters_signed_sorted()
    {
        Assert.True(SandboxSignatureCheck.IsValid(Request($"{Key}:NjQ1YmQwODUxYjdmNjIzMTU5NDRmNTFlOTYwZDc2YWI1ZTYxZWJlNA=="), Key, Secret));
    }

    [Fact]
    public void Refuses_a_request_signed_with_another_secret()
    {
        var signed = ZadarmaRequestSigner.Sign(Path, PhpOrder, "ffffffffffffffffffff");

        Assert.False(SandboxSignatureCheck.IsValid(Request($"{Key}:{signed.Signature}"), Key, Secret));
    }

    [Fact]
    public void Refuses_another_key_with_a_valid_signature()
    {
        var signed = ZadarmaRequestSigner.Sign(Path, PhpOrder, Secret);

        Assert.False(SandboxSignatureCheck.IsValid(Request($"otherkey:{signed.Signature}"), Key, Secret));
    }

    [Fact]
    public void Refuses_a_changed_parameter()
    {
        var signed = ZadarmaRequestSigner.Sign(Path, PhpOrder, Secret);
        KeyValuePair<string, string?>[] changed = [.. PhpOrder[..^1], new("format", "xml")];

        Assert.False(SandboxSignatureCheck.IsValid(Request($"{Key}:{signed.Signature}", changed), Key, Secret));
    }

    [Theory]
    [InlineData(null)]
    [InlineData("")]
    [InlineData("sandboxkey")]
    [InlineData(":NjQ1YmQwODUxYjdmNjIzMTU5NDRmNTFlOTYwZDc2YWI1ZTYxZWJlNA==")]
    [InlineData("sandboxkey:")]
    public void Refuses_a_missing_or_malformed_header(string? authorization) =>
        Assert.False(SandboxSignatureCheck.IsValid(Request(authorization), Key, Secret));

    [Fact]
    public void Refuses_the_raw_digest_signature()
    {
        var request = new SandboxRequest("GET", "/v1/info/balance/", [], "k:rhSjhy87PyCS8HamPv6b1t199EA=", new Uri("http://127.0.0.1/"));

        Assert.False(SandboxSignatureCheck.IsValid(request, "k", "d78f2a12cc1fc5effe71"));
        Assert.True(SandboxSignatureCheck.IsValid(request with { Authorization = "k:YWUxNGEzODcyZjNiM2YyMDkyZjA3NmE2M2VmZTliZDZkZDdkZjQ0MA==" }, "k", "d78f2a12cc1fc5effe71"));
    }
}
