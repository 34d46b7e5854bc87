using System.Text;
using System.Text.RegularExpressions;

namespace NewsExtract.Ingestion.Http;

/// <summary>
/// Undoes UTF-8 that was encoded twice: a CMS that read UTF-8 bytes as Latin-1 and wrote them out as UTF-8 again
/// turns "’" into "â" followed by two C1 control characters and "—" into "â\u0080\u0094". C1 controls never stand in
/// real text, so only a text that holds them is touched, and only where a run of such characters is the Latin-1
/// reading of one valid UTF-8 character.
/// </summary>
public static partial class DoubleEncodedUtf8
{
    private static readonly UTF8Encoding StrictUtf8 = new(false, throwOnInvalidBytes: true);

    /// <summary>The text with every twice-encoded character restored; the same instance when there is nothing to restore.</summary>
    public static string Repair(string text)
    {
        if (!HasC1Control(text))
            return text;
        return LatinReadUtf8().Replace(text, m =>
        {
            var bytes = new byte[m.Length];
            for (var i = 0; i < m.Length; i++)
                bytes[i] = (byte)m.Value[i];
            try
            {
                return StrictUtf8.GetString(bytes);
            }
            catch (DecoderFallbackException)
            {
                return m.Value;
            }
        });
    }

    private static bool HasC1Control(string text)
    {
        foreach (var c in text)
        {
            if (c is >= '\u0080' and <= '\u009F')
                return true;
        }
        return false;
    }

    /// <summary>A lead byte of a two-, three- or four-byte UTF-8 character followed by its continuation bytes, each read as one Latin-1 character.</summary>
    [GeneratedRegex("[\u00C2-\u00DF][\u0080-\u00BF]|[\u00E0-\u00EF][\u0080-\u00BF]{2}|[\u00F0-\u00F4][\u0080-\u00BF]{3}", RegexOptions.CultureInvariant)]
    private static partial Regex LatinReadUtf8();
}
