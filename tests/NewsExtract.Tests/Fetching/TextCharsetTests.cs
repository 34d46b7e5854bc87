using System.Text;
using NewsExtract.Ingestion.Http;

namespace NewsExtract.Tests.Fetching;

public sealed class TextCharsetTests
{
    private static readonly Encoding Cp1251 = Load(1251);
    private static readonly Encoding Cp1252 = Load(1252);

    private static Encoding Load(int codePage)
    {
        TextCharset.EnsureRegistered();
        return Encoding.GetEncoding(codePage);
    }

    private const string Russian = "<html><head>{0}</head><body><p>Переговоры в Москве прошли успешно, сообщило министерство.</p></body></html>";

    [Fact]
    public void The_header_charset_is_used()
    {
        var bytes = Cp1251.GetBytes(string.Format(Russian, ""));
        Assert.Contains("Переговоры", TextCharset.Decode(bytes, "windows-1251").Text);
    }

    [Fact]
    public void A_meta_charset_is_used_when_the_header_has_none()
    {
        var bytes = Cp1251.GetBytes(string.Format(Russian, "<meta http-equiv=\"Content-Type\" content=\"text/html; charset=windows-1251\">"));
        Assert.Contains("Переговоры", TextCharset.Decode(bytes, null).Text);
    }

    [Fact]
    public void A_header_that_wrongly_claims_utf8_is_overruled_by_the_page()
    {
        var bytes = Cp1251.GetBytes(string.Format(Russian, "<meta charset=\"windows-1251\">"));
        Assert.Contains("Переговоры", TextCharset.Decode(bytes, "utf-8").Text);
    }

    [Fact]
    public void Without_any_declaration_cyrillic_and_western_bytes_are_told_apart()
    {
        Assert.Contains("Переговоры", TextCharset.Decode(Cp1251.GetBytes(string.Format(Russian, "")), null).Text);
        var western = Cp1252.GetBytes("<html><body><p>Café owners met in Zürich on Monday to discuss the new rules for terraces.</p></body></html>");
        Assert.Contains("Café owners met in Zürich", TextCharset.Decode(western, null).Text);
    }

    [Fact]
    public void A_bom_wins_and_latin1_means_windows_1252()
    {
        var withBom = new byte[] { 0xEF, 0xBB, 0xBF }.Concat(Encoding.UTF8.GetBytes("<p>Баку</p>")).ToArray();
        Assert.Equal("<p>Баку</p>", TextCharset.Decode(withBom, "windows-1252").Text);
        Assert.Equal("“quoted”", TextCharset.Decode(Cp1252.GetBytes("“quoted”"), "ISO-8859-1").Text);
    }
}
