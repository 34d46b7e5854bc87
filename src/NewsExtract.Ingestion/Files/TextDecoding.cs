using System.Text;

namespace NewsExtract.Ingestion.Files;

/// <summary>Decodes file bytes as text, refusing binary content and invalid UTF-8 with a clear reason.</summary>
public static class TextDecoding
{
    private static readonly UTF8Encoding StrictUtf8 = new(encoderShouldEmitUTF8Identifier: false, throwOnInvalidBytes: true);

    /// <summary>Returns the decoded text, or null with <paramref name="reason"/> saying why the bytes are not text.</summary>
    public static string? TryDecode(ReadOnlySpan<byte> bytes, out string? reason)
    {
        if (bytes.Length == 0) { reason = "file is empty"; return null; }
        if (bytes.StartsWith((ReadOnlySpan<byte>)[0xEF, 0xBB, 0xBF])) bytes = bytes[3..];
        var probe = bytes[..Math.Min(bytes.Length, 8192)];
        if (probe.IndexOf((byte)0) >= 0) { reason = "file is binary, not text (it contains NUL bytes)"; return null; }
        string text;
        try { text = StrictUtf8.GetString(bytes); }
        catch (DecoderFallbackException) { reason = "file is not valid UTF-8 text"; return null; }
        if (CountControlCharacters(text) * 20 > text.Length) { reason = "file is binary, not text (mostly control characters)"; return null; }
        reason = null;
        return text.Contains('\r') ? text.ReplaceLineEndings("\n") : text;
    }

    private static int CountControlCharacters(string text)
    {
        int count = 0;
        foreach (var c in text)
            if (char.IsControl(c) && c is not ('\n' or '\r' or '\t' or '\f')) count++;
        return count;
    }
}
