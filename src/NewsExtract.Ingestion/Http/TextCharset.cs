using System.Text;
using System.Text.RegularExpressions;

namespace NewsExtract.Ingestion.Http;

/// <summary>
/// Decodes a fetched HTML or XML body to text, choosing the charset as browsers do: a byte-order mark first, then
/// the Content-Type header, then a <c>&lt;meta&gt;</c> tag or XML declaration in the first bytes, then a guess
/// (UTF-8 when the bytes are valid UTF-8, else Windows-1251 for Cyrillic-looking bytes, else Windows-1252).
/// A header that claims UTF-8 for bytes that are not UTF-8 is treated as wrong, and so is a single-byte header
/// when the bytes are valid multi-byte UTF-8 and the page itself says UTF-8. UTF-8 text that was encoded twice
/// ("â\u0080\u0099" for "’") is restored (<see cref="DoubleEncodedUtf8"/>).
/// </summary>
public static partial class TextCharset
{
    private static readonly UTF8Encoding StrictUtf8 = new(false, throwOnInvalidBytes: true);

    static TextCharset() => Encoding.RegisterProvider(CodePagesEncodingProvider.Instance);

    /// <summary>Makes Windows code pages (1251, 1252, …) available to <see cref="Encoding.GetEncoding(string)"/>.</summary>
    public static void EnsureRegistered() { }

    /// <summary>The text of <paramref name="bytes"/> and the encoding used.</summary>
    public static (string Text, Encoding Encoding) Decode(byte[] bytes, string? headerCharset)
    {
        var encoding = Detect(bytes, headerCharset, out var preamble);
        var text = encoding.GetString(bytes, preamble, bytes.Length - preamble);
        return (encoding.CodePage == Encoding.UTF8.CodePage ? DoubleEncodedUtf8.Repair(text) : text, encoding);
    }

    /// <summary>The encoding of <paramref name="bytes"/>; <paramref name="preambleLength"/> is the length of its BOM.</summary>
    public static Encoding Detect(ReadOnlySpan<byte> bytes, string? headerCharset, out int preambleLength)
    {
        preambleLength = 0;
        if (bytes.StartsWith((ReadOnlySpan<byte>)[0xEF, 0xBB, 0xBF])) { preambleLength = 3; return Encoding.UTF8; }
        if (bytes.StartsWith((ReadOnlySpan<byte>)[0xFF, 0xFE])) { preambleLength = 2; return Encoding.Unicode; }
        if (bytes.StartsWith((ReadOnlySpan<byte>)[0xFE, 0xFF])) { preambleLength = 2; return Encoding.BigEndianUnicode; }

        var header = Resolve(headerCharset);
        var declared = Resolve(DeclaredInDocument(bytes));
        var validUtf8 = IsValidUtf8(bytes, out var hasMultiByte);
        if (header is not null)
        {
            if (header.CodePage == Encoding.UTF8.CodePage)
            {
                if (validUtf8) return header;
            }
            else if (!(hasMultiByte && validUtf8 && declared?.CodePage == Encoding.UTF8.CodePage))
            {
                return header;
            }
        }
        if (declared is not null && (declared.CodePage != Encoding.UTF8.CodePage || validUtf8)) return declared;
        if (validUtf8) return Encoding.UTF8;
        return LooksCyrillic(bytes) ? Encoding.GetEncoding(1251) : Encoding.GetEncoding(1252);
    }

    /// <summary>The charset a page or XML document names for itself in its first 4 KiB, if any.</summary>
    public static string? DeclaredInDocument(ReadOnlySpan<byte> bytes)
    {
        var head = Encoding.Latin1.GetString(bytes[..Math.Min(bytes.Length, 4096)]);
        var match = MetaCharset().Match(head);
        if (match.Success) return match.Groups[1].Value;
        match = XmlDeclaration().Match(head);
        return match.Success ? match.Groups[1].Value : null;
    }

    /// <summary>The encoding for a charset label (WHATWG aliases: latin1 and ASCII mean Windows-1252), or null.</summary>
    public static Encoding? Resolve(string? label)
    {
        if (string.IsNullOrWhiteSpace(label)) return null;
        var name = label.Trim().Trim('"', '\'').ToLowerInvariant();
        name = name switch
        {
            "iso-8859-1" or "latin1" or "l1" or "us-ascii" or "ascii" or "iso8859-1" or "cp1252" => "windows-1252",
            "cp1251" => "windows-1251",
            "utf8" => "utf-8",
            _ => name,
        };
        try { return Encoding.GetEncoding(name); }
        catch (ArgumentException) { return null; }
    }

    private static bool IsValidUtf8(ReadOnlySpan<byte> bytes, out bool hasMultiByte)
    {
        hasMultiByte = bytes.IndexOfAnyInRange((byte)0x80, (byte)0xFF) >= 0;
        if (!hasMultiByte) return true;
        try { StrictUtf8.GetCharCount(bytes); return true; }
        catch (DecoderFallbackException) { return false; }
    }

    // In Windows-1251 text nearly every letter is a high byte (0xC0–0xFF); in Western text written in
    // Windows-1252 high bytes are the occasional accented letter among ASCII ones.
    private static bool LooksCyrillic(ReadOnlySpan<byte> bytes)
    {
        int ascii = 0, high = 0;
        foreach (var b in bytes)
        {
            if (b >= 0xC0) high++;
            else if (b is >= (byte)'a' and <= (byte)'z') ascii++;
        }
        return high > 0 && high * 2 > ascii / 4;
    }

    [GeneratedRegex("""<meta[^>]+charset\s*=\s*["']?\s*([A-Za-z0-9_\-:.]+)""", RegexOptions.IgnoreCase)]
    private static partial Regex MetaCharset();

    [GeneratedRegex("""<\?xml[^>]+encoding\s*=\s*["']([A-Za-z0-9_\-:.]+)["']""", RegexOptions.IgnoreCase)]
    private static partial Regex XmlDeclaration();
}
