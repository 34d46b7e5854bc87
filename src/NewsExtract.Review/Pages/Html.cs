using System.Text.Encodings.Web;
using System.Text.Unicode;

namespace NewsExtract.Review.Pages;

/// <summary>HTML encoding for everything that goes into a page: text, attribute values and URL query parts.</summary>
public static class Html
{
    // All scripts stay readable (Cyrillic names, the manat sign); markup characters, quotes and controls are always encoded.
    private static readonly HtmlEncoder Encoder = HtmlEncoder.Create(UnicodeRanges.All);

    /// <summary>Encodes text for element content or a quoted attribute value.</summary>
    public static string E(string? value) => value is null ? "" : Encoder.Encode(value);

    /// <summary>Encodes one query-string value.</summary>
    public static string Q(string? value) => value is null ? "" : Uri.EscapeDataString(value);
}
