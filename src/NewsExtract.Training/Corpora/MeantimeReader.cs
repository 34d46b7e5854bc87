using System.Xml.Linq;

namespace NewsExtract.Training.Corpora;

/// <summary>
/// Reads NewsReader MEANTIME CAT XML: <c>token</c> elements (t_id, sentence), <c>Markables</c> (ENTITY_MENTION with
/// token anchors, TIMEX3) and <c>Relations</c> (REFERS_TO from mentions to an ENTITY with ent_type). Only named
/// mentions (syntactic_type NAM) become entities; TIMEX3 spans get the raw type "TIMEX3".
/// </summary>
public static class MeantimeReader
{
    /// <summary>Reads one XML file, or every *.xml file under a folder (sorted by path).</summary>
    public static List<AnnotatedDocument> ReadPath(string path, Func<string, string?> map)
    {
        var files = Directory.Exists(path)
            ? Directory.GetFiles(path, "*.xml", SearchOption.AllDirectories).Where(f => !f.EndsWith(".xsd", StringComparison.OrdinalIgnoreCase)).Order(StringComparer.Ordinal).ToList()
            : [path];
        var documents = new List<AnnotatedDocument>(files.Count);
        foreach (var file in files)
        {
            using var reader = File.OpenText(file);
            documents.Add(Read(reader, map, Path.GetFileNameWithoutExtension(file)));
        }
        return documents;
    }

    public static AnnotatedDocument Read(TextReader reader, Func<string, string?> map, string name)
    {
        var root = XDocument.Load(reader).Root ?? throw new FormatException($"{name}: no root element.");
        var tokenIds = new List<string>();
        var tokenSentence = new List<string>();
        var words = new List<string>();
        var indexOfToken = new Dictionary<string, int>(StringComparer.Ordinal);
        foreach (var token in root.Elements("token"))
        {
            string id = (string?)token.Attribute("t_id") ?? throw new FormatException($"{name}: a token has no t_id.");
            string text = token.Value.Trim();
            if (text.Length == 0) continue;
            indexOfToken[id] = words.Count;
            tokenIds.Add(id);
            tokenSentence.Add((string?)token.Attribute("sentence") ?? "0");
            words.Add(text);
        }

        var mentionTokens = new Dictionary<string, List<int>>(StringComparer.Ordinal);
        var spans = new List<(int Start, int End, string Type)>();
        var markables = root.Element("Markables");
        if (markables is not null)
        {
            foreach (var mention in markables.Elements())
            {
                string? mid = (string?)mention.Attribute("m_id");
                var anchors = mention.Elements("token_anchor")
                    .Select(a => (string?)a.Attribute("t_id"))
                    .Where(t => t is not null && indexOfToken.ContainsKey(t))
                    .Select(t => indexOfToken[t!]).Order().ToList();
                if (mid is null || anchors.Count == 0) continue;
                if (mention.Name.LocalName == "ENTITY_MENTION" && (string?)mention.Attribute("syntactic_type") == "NAM")
                    mentionTokens[mid] = anchors;
                else if (mention.Name.LocalName == "TIMEX3" && map("TIMEX3") is { } dateType && IsContiguous(anchors))
                    spans.Add((anchors[0], anchors[^1] + 1, dateType));
            }
            var entityType = markables.Elements("ENTITY")
                .Where(e => e.Attribute("m_id") is not null && e.Attribute("ent_type") is not null)
                .GroupBy(e => (string)e.Attribute("m_id")!)
                .ToDictionary(g => g.Key, g => (string)g.First().Attribute("ent_type")!, StringComparer.Ordinal);
            var relations = root.Element("Relations");
            if (relations is not null)
            {
                foreach (var refers in relations.Elements("REFERS_TO"))
                {
                    string? target = (string?)refers.Element("target")?.Attribute("m_id");
                    if (target is null || !entityType.TryGetValue(target, out var raw) || map(raw) is not { } type) continue;
                    foreach (var source in refers.Elements("source"))
                    {
                        string? sid = (string?)source.Attribute("m_id");
                        if (sid is not null && mentionTokens.TryGetValue(sid, out var anchors) && IsContiguous(anchors))
                            spans.Add((anchors[0], anchors[^1] + 1, type));
                    }
                }
            }
        }

        var tags = IobTags.FromSpans(words.Count, spans);
        var sentences = new List<AnnotatedSentence>();
        int startOfSentence = 0;
        for (int i = 1; i <= words.Count; i++)
        {
            if (i < words.Count && tokenSentence[i] == tokenSentence[i - 1]) continue;
            var sentenceTags = tags[startOfSentence..i];
            sentences.Add(new AnnotatedSentence([.. words.GetRange(startOfSentence, i - startOfSentence)], IobTags.MapToIob2(sentenceTags, t => t)));
            startOfSentence = i;
        }
        return new AnnotatedDocument(name, sentences);
    }

    private static bool IsContiguous(List<int> anchors)
    {
        for (int i = 1; i < anchors.Count; i++)
            if (anchors[i] != anchors[i - 1] + 1) return false;
        return true;
    }
}
