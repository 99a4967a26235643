using System.Text;
using Zadarma.Core.Api;

namespace Zadarma.Tests.Unit.Api;

/// <summary>The REST rows of shared/zadarma/vectors.md.</summary>
public sealed class RequestSignerTests
{
    private const string Secret = "0123456789abcdef0123";

    public static TheoryData<string, string, string> RestVectors => new()
    {
        { "/v1/info/balance/", "format=json", "YTU2ZmYwNzI2MGY2MmM5MDRkZWM3MDFmODZiMTZmMTRkYmE5NjVmYg==" },
        { "/v1/request/callback/", "format=json&from=100&predicted=1&sip=100&to=%2B442037691881", "NjQ1YmQwODUxYjdmNjIzMTU5NDRmNTFlOTYwZDc2YWI1ZTYxZWJlNA==" },
        { "/v1/statistics/pbx/", "end=2024-01-31+23%3A59%3A59&format=json&start=2024-01-01+00%3A00%3A00&version=2", "NTM0NTM2NjM4ZTUwOGViNDE0ODAyZjFjYzI1ZWYzYTYzMzUyYjVhNA==" },
        { "/v1/sms/send/", "format=json&message=Hi%21+%28test%29&number=442037691881", "Njc1ZjI4MWFlYTg4NTZkN2UyMzU0NGM2NTQ0MGRlMGUyOWNmM2NiZA==" },
        { "/v1/webrtc/get_key/", "format=json&sip=123456-100", "YjljNDVjNTFjNGY1M2YwZWZlMzkzMGM0OGY2YjA0MzlkYWM1NWE2Zg==" },
        { "/v1/pbx/record/request/", "format=json&lifetime=5184000&pbx_call_id=in_ae6b03b3b0765d127ec0b739209346bbc4f0d52d", "ODk5Yjc1OTg0OTE4ZGNhOTVlYTFmYmNkOWMwNWU0ODkxN2FiZTgzNw==" },
        { "/v1/pbx/internal/", "format=json", "MmNiNTFiYzI3NGU2ZTY5YWE1ODc1OTQ1NWJkZTBmZDAxOGFkNTIwMA==" },
    };

    [Theory]
    [MemberData(nameof(RestVectors))]
    public void Reproduces_the_rest_vectors_from_decoded_parameters_in_any_order(string path, string query, string signature)
    {
        // Decode the vector's query and feed it reversed: the signer must sort and re-encode it byte for byte.
        var parameters = query.Split('&')
            .Select(pair => pair.Split('='))
            .Select(kv => new KeyValuePair<string, string?>(Uri.UnescapeDataString(kv[0]), Uri.UnescapeDataString(kv[1].Replace('+', ' '))))
            .Reverse();

        var signed = ZadarmaRequestSigner.Sign(path, parameters, Secret);

        Assert.Equal(query, signed.Query);
        Assert.Equal(signature, signed.Signature);
    }

    [Fact]
    public void Reproduces_the_public_go_vector_without_format()
    {
        var signed = ZadarmaRequestSigner.Sign("/v1/statistics/",
            [new("start", "2018-09-01 08:00:00"), new("end", "2018-10-04 08:00:00")], "dbf5606ea4c1f2234201");

        Assert.Equal("end=2018-10-04+08%3A00%3A00&start=2018-09-01+08%3A00%3A00", signed.Query);
        Assert.Equal("67dd6c538e821aa4c2fa710e4c7df6ae", signed.Md5);
        Assert.Equal("fb7c052bd742ba5c279f794c59fd1d1162b8bb4b", Encoding.ASCII.GetString(Convert.FromBase64String(signed.Signature)));
        Assert.Equal("ZmI3YzA1MmJkNzQyYmE1YzI3OWY3OTRjNTlmZDFkMTE2MmI4YmI0Yg==", signed.Signature);
    }

    [Fact]
    public void Signs_the_hex_digest_never_the_raw_digest()
    {
        var signed = ZadarmaRequestSigner.Sign("/v1/info/balance/", [], "d78f2a12cc1fc5effe71");

        Assert.Equal("YWUxNGEzODcyZjNiM2YyMDkyZjA3NmE2M2VmZTliZDZkZDdkZjQ0MA==", signed.Signature);
        Assert.NotEqual("rhSjhy87PyCS8HamPv6b1t199EA=", signed.Signature);
        Assert.Equal(56, signed.Signature.Length);
    }

    [Fact]
    public void Empty_query_hashes_to_the_md5_of_nothing()
    {
        var signed = ZadarmaRequestSigner.Sign("/v1/info/balance/", [], Secret);

        Assert.Equal("", signed.Query);
        Assert.Equal("d41d8cd98f00b204e9800998ecf8427e", signed.Md5);
        Assert.Equal("/v1/info/balance/d41d8cd98f00b204e9800998ecf8427e", signed.Data);
    }

    [Fact]
    public void Drops_null_parameters()
    {
        var signed = ZadarmaRequestSigner.Sign("/v1/request/callback/", [new("sip", null), new("from", "100"), new("format", "json")], Secret);

        Assert.Equal("format=json&from=100", signed.Query);
    }

    [Fact]
    public void Sorts_keys_by_byte_order_not_by_culture()
    {
        var signed = ZadarmaRequestSigner.Sign("/v1/x/", [new("c_", "2"), new("c1", "1"), new("B", "0")], Secret);

        Assert.Equal("B=0&c1=1&c_=2", signed.Query);
    }

    [Theory]
    [InlineData("/v1/info/balance")]
    [InlineData("v1/info/balance/")]
    [InlineData("/info/balance/")]
    public void Refuses_a_path_that_is_not_the_exact_method_path(string path) =>
        Assert.Throws<ArgumentException>(() => ZadarmaRequestSigner.Sign(path, [], Secret));

    [Fact]
    public void Keeps_the_signature_out_of_the_printed_record()
    {
        var signed = ZadarmaRequestSigner.Sign("/v1/info/balance/", [], Secret);

        Assert.DoesNotContain(signed.Signature, signed.ToString());
    }
}
