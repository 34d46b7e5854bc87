using System.Text;
using System.Text.RegularExpressions;

namespace NewsExtract.Ingestion.Feeds;

/// <summary>
/// Repairs the commonest ways agency feeds and sitemaps break XML before parsing: bare ampersands, HTML named
/// entities (<c>&amp;nbsp;</c>, <c>&amp;mdash;</c>) that XML does not define, control characters, and junk before the
/// first tag. What cannot be repaired is left for the lenient reader, which keeps the entries before the damage.
/// </summary>
public static partial class XmlSanitizer
{
    private static readonly HashSet<string> XmlEntities = ["amp", "lt", "gt", "quot", "apos"];

    public static string Repair(string xml)
    {
        var start = xml.IndexOf('<');
        if (start > 0) xml = xml[start..];
        xml = EntityOrAmpersand().Replace(xml, match =>
        {
            var name = match.Groups["name"];
            if (match.Groups["numeric"].Success) return match.Value;
            if (!name.Success) return "&amp;";
            if (XmlEntities.Contains(name.Value)) return match.Value;
            return HtmlAgilityPack.HtmlEntity.EntityValue.TryGetValue(name.Value, out var code)
                ? "&#" + code + ";"
                : "&amp;" + name.Value + ";";
        });
        if (!xml.AsSpan().ContainsAnyInRange('\u0000', '\u0008') && !xml.AsSpan().ContainsAnyInRange('\u000B', '\u001F'))
            return xml;
        var builder = new StringBuilder(xml.Length);
        foreach (var c in xml)
            if (c >= ' ' || c is '\t' or '\n' or '\r') builder.Append(c);
        return builder.ToString();
    }

    [GeneratedRegex("&(?:(?<numeric>#[0-9]+;|#x[0-9A-Fa-f]+;)|(?<name>[A-Za-z][A-Za-z0-9]{0,31});)?")]
    private static partial Regex EntityOrAmpersand();
}
