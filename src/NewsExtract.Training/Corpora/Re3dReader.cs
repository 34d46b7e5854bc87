using System.Text.Json;

namespace NewsExtract.Training.Corpora;

/// <summary>
/// Reads Dstl re3d folders: <c>documents.json</c> (one JSON object per line with <c>_id</c> and <c>text</c>) and
/// <c>entities.json</c> (<c>begin</c>, <c>end</c> character offsets into the text, <c>type</c>, <c>documentId</c>,
/// <c>confidence</c>). Lines may start with a BOM. Spans with confidence below <see cref="MinimumConfidence"/> are
/// ignored; the text is tokenized and split with the pipeline's own tokenizer and sentence splitter, and spans are mapped to whole tokens (a token is inside a span when they overlap) and, where they
/// overlap one another, the longer one wins.
/// </summary>
public static class Re3dReader
{
    public const double MinimumConfidence = 0.5;

    /// <summary>Reads one re3d sub-folder, or every sub-folder holding documents.json under <paramref name="path"/>.</summary>
    public static List<AnnotatedDocument> ReadPath(string path, Func<string, string?> map)
    {
        var folders = File.Exists(Path.Combine(path, "documents.json"))
            ? [path]
            : Directory.GetDirectories(path).Where(d => File.Exists(Path.Combine(d, "documents.json"))).Order(StringComparer.Ordinal).ToList();
        if (folders.Count == 0) throw new FileNotFoundException($"No re3d documents.json in or under {path}.");
        var documents = new List<AnnotatedDocument>();
        foreach (var folder in folders)
        {
            using var docs = File.OpenText(Path.Combine(folder, "documents.json"));
            using var entities = File.OpenText(Path.Combine(folder, "entities.json"));
            documents.AddRange(Read(docs, entities, map));
        }
        return documents;
    }

    public static List<AnnotatedDocument> Read(TextReader documentsJson, TextReader entitiesJson, Func<string, string?> map)
    {
        var texts = new List<(string Id, string Text)>();
        foreach (var (json, line) in Lines(documentsJson))
        {
            string id = json.GetProperty("_id").GetString() ?? throw new FormatException($"documents.json line {line}: no _id.");
            string text = json.GetProperty("text").GetString() ?? "";
            texts.Add((id, text));
        }
        var spansByDocument = new Dictionary<string, List<(int Begin, int End, string Type)>>(StringComparer.Ordinal);
        foreach (var (json, line) in Lines(entitiesJson))
        {
            double confidence = json.TryGetProperty("confidence", out var c) && c.ValueKind == JsonValueKind.Number ? c.GetDouble() : 1.0;
            if (confidence < MinimumConfidence) continue;
            string? type = map(json.GetProperty("type").GetString() ?? "");
            if (type is null) continue;
            string doc = json.GetProperty("documentId").GetString() ?? throw new FormatException($"entities.json line {line}: no documentId.");
            int begin = json.GetProperty("begin").GetInt32();
            int end = json.GetProperty("end").GetInt32();
            if (begin < 0 || end <= begin) throw new FormatException($"entities.json line {line}: bad span [{begin}, {end}).");
            if (!spansByDocument.TryGetValue(doc, out var list)) spansByDocument[doc] = list = [];
            list.Add((begin, end, type));
        }

        var documents = new List<AnnotatedDocument>(texts.Count);
        foreach (var (id, text) in texts)
        {
            var spans = spansByDocument.TryGetValue(id, out var list) ? list : [];
            if (spans.FirstOrDefault(s => s.End > text.Length) is { Type: not null } bad)
                throw new FormatException($"re3d document {id}: entity [{bad.Begin}, {bad.End}) runs past the text ({text.Length} chars).");
            documents.Add(CharSpanDocument.Build(id, text, spans));
        }
        return documents;
    }

    private static IEnumerable<(JsonElement Json, int Line)> Lines(TextReader reader)
    {
        int lineNumber = 0;
        while (reader.ReadLine() is { } line)
        {
            lineNumber++;
            line = line.Trim().TrimStart('\uFEFF');
            if (line.Length == 0) continue;
            JsonElement element;
            try
            {
                using var json = JsonDocument.Parse(line);
                element = json.RootElement.Clone();
            }
            catch (JsonException e)
            {
                throw new FormatException($"Line {lineNumber} is not JSON: {e.Message}", e);
            }
            yield return (element, lineNumber);
        }
    }
}
