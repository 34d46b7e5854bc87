using System.Text;
using System.Text.Json;
using System.Text.RegularExpressions;
using System.Xml.Linq;

namespace NewsExtract.Training.Events;

/// <summary>
/// Plain sentences from the open news corpora in <c>../shared/data</c> for weak event labels: GMB (Voice of America
/// news, one sentence per "Sentence: N" run), MEANTIME (Wikinews, tokens grouped by their sentence attribute) and
/// re3d (defence and government press text, split at sentence ends). Only the text is read, never the annotations.
/// </summary>
public static partial class OpenCorpusSentences
{
    public static IEnumerable<(string Source, string Sentence)> ReadAll(string dataDirectory)
    {
        var gmb = Path.Combine(dataDirectory, "gmb", "ner_dataset.csv");
        if (File.Exists(gmb)) foreach (var s in Gmb(gmb)) yield return ("gmb", s);
        var meantime = Path.Combine(dataDirectory, "meantime_en", "intra-doc_annotation");
        if (Directory.Exists(meantime)) foreach (var s in Meantime(meantime)) yield return ("meantime", s);
        var re3d = Path.Combine(dataDirectory, "re3d");
        if (Directory.Exists(re3d)) foreach (var s in Re3d(re3d)) yield return ("re3d", s);
    }

    private static IEnumerable<string> Gmb(string path)
    {
        var words = new List<string>();
        foreach (var line in File.ReadLines(path, Encoding.Latin1).Skip(1))
        {
            if (line.StartsWith("Sentence:", StringComparison.Ordinal) && words.Count > 0)
            {
                yield return Detokenize(words);
                words.Clear();
            }
            var word = WordOfCsvLine(line);
            if (word is not null) words.Add(word);
        }
        if (words.Count > 0) yield return Detokenize(words);
    }

    private static string? WordOfCsvLine(string line)
    {
        int first = line.IndexOf(',');
        if (first < 0) return null;
        var rest = line[(first + 1)..];
        if (rest.StartsWith('"'))
        {
            int close = rest.IndexOf("\",", 1, StringComparison.Ordinal);
            return close < 0 ? null : rest[1..close].Replace("\"\"", "\"");
        }
        int comma = rest.IndexOf(',');
        if (comma == 0) return ",";
        return comma < 0 ? rest : rest[..comma];
    }

    private static IEnumerable<string> Meantime(string directory)
    {
        foreach (var file in Directory.EnumerateFiles(directory, "*.xml", SearchOption.AllDirectories).Order(StringComparer.Ordinal))
        {
            XDocument xml;
            try { xml = XDocument.Load(file); }
            catch (System.Xml.XmlException) { continue; }
            foreach (var group in xml.Descendants("token").GroupBy(t => (string?)t.Attribute("sentence")))
                yield return Detokenize([.. group.Select(t => t.Value)]);
        }
    }

    private static IEnumerable<string> Re3d(string directory)
    {
        foreach (var file in Directory.EnumerateFiles(directory, "documents.json", SearchOption.AllDirectories).Order(StringComparer.Ordinal))
        {
            foreach (var line in File.ReadLines(file))
            {
                var trimmed = line.TrimStart('\uFEFF').Trim();
                if (trimmed.Length == 0) continue;
                string? text;
                try
                {
                    using var json = JsonDocument.Parse(trimmed);
                    text = json.RootElement.TryGetProperty("text", out var t) ? t.GetString() : null;
                }
                catch (JsonException) { continue; }
                if (text is null) continue;
                foreach (var sentence in SentenceEnd().Split(text))
                    if (sentence.Trim().Length > 20) yield return sentence.Trim();
            }
        }
    }

    private static string Detokenize(List<string> words)
    {
        var sb = new StringBuilder();
        foreach (var w in words)
        {
            if (sb.Length > 0 && !(w.Length == 1 && ",.;:!?)%".Contains(w[0])) && w is not "'s" and not "n't") sb.Append(' ');
            sb.Append(w);
        }
        return sb.ToString();
    }

    [GeneratedRegex(@"(?<=[.!?])\s+(?=[A-Z])|\n+")]
    private static partial Regex SentenceEnd();
}
