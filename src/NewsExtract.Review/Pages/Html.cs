using System.Text.Encodings.Web;

namespace NewsExtract.Review.Pages;

/// <summary>HTML encoding for everything that goes into a page: text, attribute values and URL query parts.</summary>
public static class Html
{
    private static readonly HtmlEncoder Encoder = HtmlEncoder.Default;

    /// <summary>Encodes text for element content or a quoted attribute value.</summary>
    public static string E(string? value) => value is null ? "" : Encoder.Encode(value);

    /// <summary>Encodes one query-string value.</summary>
    public static string Q(string? value) => value is null ? "" : Uri.EscapeDataString(value);
}
