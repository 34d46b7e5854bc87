using System.Text.Json;
using NewsExtract.Training.Records;

namespace NewsExtract.Training.Corpora;

/// <summary>
/// Reads a folder of gold article files as NER training data: <c>corpus/gold</c> envelopes (a <c>"gold"</c> object
/// with mention offsets) or agency-dev files (bare names at the top level, see <see cref="GoldAnnotation"/>). Raw
/// types are <c>person</c>, <c>official</c>, <c>organization</c> and <c>location</c>.
/// <list type="bullet">
/// <item>Mentions with offsets are taken as they are, except an official's nominal mentions ("the minister"): only
/// mentions made of the words of the official's name are names.</item>
/// <item>Bare names are located in the text (whole words, case-sensitive); for a person named in full, later mentions of
/// the surname alone ("Noskov") are tagged too, as copy refers to people that way; for any other name introduced with
/// an abbreviation in brackets ("Asian Development Bank (ADB)"), the abbreviation's occurrences are tagged too, since
/// a gold list names the body once but the copy goes on with its abbreviation (left untagged, they would teach "O").</item>
/// </list>
/// Files are read in name order; the corpus range (<c>@FROM-TO</c>) then selects by position, so
/// <c>@0-0.75</c> of the 60 agency-dev files is its tune part 101–145.
/// </summary>
public static class GoldRecordsReader
{
    public const string Person = "person", Official = "official", Organization = "organization", Location = "location";

    public static List<AnnotatedDocument> ReadPath(string path, Func<string, string?> map)
    {
        var files = Directory.Exists(path)
            ? Directory.GetFiles(path, "*.json").Order(StringComparer.Ordinal).ToList()
            : [path];
        var documents = new List<AnnotatedDocument>(files.Count);
        foreach (var file in files)
        {
            using var json = JsonDocument.Parse(File.ReadAllText(file));
            var root = json.RootElement;
            if (GoldAnnotation.Find(root) is not { } gold) continue;
            string text = (root.TryGetProperty("text", out var t) ? t.GetString() : null)?.ReplaceLineEndings("\n")
                ?? throw new FormatException($"{file}: no \"text\".");
            var spans = new List<(int, int, string)>();
            foreach (var (raw, arrayName) in new[] { (Person, "persons"), (Official, "officials"), (Organization, "organizations"), (Location, "locations") })
            {
                string? type = map(raw);
                if (type is null || !gold.TryGetProperty(arrayName, out var items) || items.ValueKind != JsonValueKind.Array) continue;
                foreach (var item in items.EnumerateArray())
                    foreach (var (begin, end) in Mentions(item, text, raw is Person or Official)) spans.Add((begin, end, type));
            }
            documents.Add(CharSpanDocument.Build(Path.GetFileNameWithoutExtension(file), text, spans));
        }
        return documents;
    }

    private static IEnumerable<(int Begin, int End)> Mentions(JsonElement item, string text, bool isPerson)
    {
        string? name = item.ValueKind == JsonValueKind.String ? item.GetString()
            : item.TryGetProperty("name", out var n) && n.ValueKind == JsonValueKind.String ? n.GetString() : null;
        if (string.IsNullOrWhiteSpace(name)) yield break;
        if (item.ValueKind == JsonValueKind.Object && item.TryGetProperty("mentions", out var mentions) && mentions.ValueKind == JsonValueKind.Array)
        {
            var nameWords = name.Split(' ', StringSplitOptions.RemoveEmptyEntries).ToHashSet(StringComparer.Ordinal);
            foreach (var m in mentions.EnumerateArray())
            {
                int begin = m.GetProperty("start").GetInt32(), end = m.GetProperty("end").GetInt32();
                if (begin < 0 || end > text.Length || end <= begin) continue;
                if (isPerson && !text[begin..end].Split(' ', StringSplitOptions.RemoveEmptyEntries).All(nameWords.Contains)) continue;
                yield return (begin, end);
            }
            yield break;
        }
        foreach (var span in WholeWordOccurrences(name, text)) yield return span;
        if (!isPerson)
            foreach (var abbreviation in AbbreviationsIntroduced(name, text))
                foreach (var span in WholeWordOccurrences(abbreviation, text)) yield return span;
        var words = name.Split(' ', StringSplitOptions.RemoveEmptyEntries);
        if (isPerson && words.Length > 1 && words[^1].Length > 2 && char.IsUpper(words[^1][0]))
            foreach (var span in WholeWordOccurrences(words[^1], text)) yield return span;
    }

    /// <summary>
    /// Abbreviations the text introduces in brackets right after <paramref name="name"/>: "Name (ABBR)", where ABBR is
    /// one word of 2–12 letters and digits that starts with a capital and is shorter than the name.
    /// </summary>
    public static IEnumerable<string> AbbreviationsIntroduced(string name, string text)
    {
        var seen = new HashSet<string>(StringComparer.Ordinal);
        foreach (var (_, end) in WholeWordOccurrences(name, text))
        {
            int open = end;
            while (open < text.Length && text[open] == ' ') open++;
            if (open >= text.Length || text[open] != '(') continue;
            int close = text.IndexOf(')', open + 1);
            if (close < 0 || close - open - 1 is < 2 or > 12) continue;
            string candidate = text[(open + 1)..close];
            if (!char.IsUpper(candidate[0]) || !candidate.All(char.IsLetterOrDigit) || candidate.Length >= name.Length) continue;
            if (seen.Add(candidate)) yield return candidate;
        }
    }

    /// <summary>Whole-word, case-sensitive occurrences of <paramref name="phrase"/> in <paramref name="text"/>.</summary>
    public static IEnumerable<(int Begin, int End)> WholeWordOccurrences(string phrase, string text)
    {
        for (int at = text.IndexOf(phrase, StringComparison.Ordinal); at >= 0; at = text.IndexOf(phrase, at + 1, StringComparison.Ordinal))
        {
            int end = at + phrase.Length;
            if ((at == 0 || !char.IsLetterOrDigit(text[at - 1])) && (end == text.Length || !char.IsLetterOrDigit(text[end])))
                yield return (at, end);
        }
    }
}
