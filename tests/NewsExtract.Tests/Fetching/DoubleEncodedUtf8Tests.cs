using System.Text;
using NewsExtract.Ingestion.Http;

namespace NewsExtract.Tests.Fetching;

public sealed class DoubleEncodedUtf8Tests
{
    /// <summary>What a CMS writes when it reads UTF-8 bytes as Latin-1 and saves them as UTF-8 again.</summary>
    private static byte[] TwiceEncoded(string text) => Encoding.UTF8.GetBytes(Encoding.Latin1.GetString(Encoding.UTF8.GetBytes(text)));

    [Fact]
    public void A_page_whose_utf8_was_encoded_twice_is_decoded_to_its_own_characters()
    {
        const string page = "<html><head><meta charset=\"utf-8\"><title>A walker’s guide — the moor in spring</title></head><body><p>Café opens at nine.</p></body></html>";
        var (text, _) = TextCharset.Decode(TwiceEncoded(page), headerCharset: null);
        Assert.Equal(page, text);
    }

    [Theory]
    [InlineData("Crème brûlée — São Paulo ©2024")]
    [InlineData("SÃO PAULO Â")]
    [InlineData("plain ascii")]
    public void Text_without_c1_controls_is_left_as_it_is(string text)
    {
        Assert.Same(text, DoubleEncodedUtf8.Repair(text));
    }

    [Fact]
    public void Only_runs_that_read_as_one_valid_character_are_restored()
    {
        // "\u00E2\u0080\u0099" is the Latin-1 reading of "’"; "\u00E2\u0080" alone before a space is not a whole character.
        Assert.Equal("it’s \u00E2\u0080 x", DoubleEncodedUtf8.Repair("it\u00E2\u0080\u0099s \u00E2\u0080 x"));
    }
}
