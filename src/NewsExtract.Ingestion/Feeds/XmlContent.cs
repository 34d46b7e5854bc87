using System.Net;
using System.Text.RegularExpressions;
using System.Xml;

namespace NewsExtract.Ingestion.Feeds;

/// <summary>Reads an element's content as plain text whatever it holds (text, CDATA, escaped or inline HTML), consuming it.</summary>
internal static partial class XmlContent
{
    public static string Read(XmlReader reader)
    {
        var inner = reader.ReadInnerXml();
        if (inner.Length == 0) return inner;
        inner = inner.Replace("<![CDATA[", "", StringComparison.Ordinal).Replace("]]>", "", StringComparison.Ordinal);
        inner = Tag().Replace(WebUtility.HtmlDecode(Tag().Replace(inner, " ")), " ");
        return Spaces().Replace(inner, " ").Trim();
    }

    /// <summary>Calls <paramref name="onChild"/> for each child element of the element the reader is on; the callback must consume it (read or skip it).</summary>
    public static void ForEachChild(XmlReader reader, Action<XmlReader> onChild)
    {
        reader.MoveToContent();
        var depth = reader.Depth;
        if (reader.IsEmptyElement)
        {
            reader.Read();
            return;
        }
        reader.Read();
        while (!reader.EOF && reader.Depth > depth)
        {
            if (reader.NodeType == XmlNodeType.Element && reader.Depth == depth + 1)
            {
                onChild(reader);
            }
            else
            {
                reader.Read();
            }
        }
        if (reader.NodeType == XmlNodeType.EndElement && reader.Depth == depth) reader.Read();
    }

    [GeneratedRegex("<[^>]*>")]
    private static partial Regex Tag();

    [GeneratedRegex(@"\s+")]
    private static partial Regex Spaces();
}
