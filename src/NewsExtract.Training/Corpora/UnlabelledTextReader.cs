using System.IO.Compression;
using System.Text.Json;

namespace NewsExtract.Training.Corpora;

/// <summary>
/// Reads unlabelled text as documents whose every token is outside any entity, cut into sentences by the extraction
/// tokenizer and splitter: a <c>.txt</c> file is one document; a JSON file (optionally <c>.json.gz</c>) is one
/// document made of its <c>main_content</c> or else its <c>text</c> string. Used for word clusters, never as labels.
/// </summary>
public static class UnlabelledTextReader
{
    private static readonly string[] TextFields = ["main_content", "text"];

    public static List<AnnotatedDocument> ReadPath(string path)
    {
        var files = Directory.Exists(path)
            ? Directory.EnumerateFiles(path, "*", SearchOption.AllDirectories).Where(IsTextFile).Order(StringComparer.Ordinal).ToList()
            : [path];
        var documents = new List<AnnotatedDocument>(files.Count);
        foreach (var file in files)
        {
            string? text = ReadText(file);
            if (string.IsNullOrWhiteSpace(text)) continue;
            var document = CharSpanDocument.Build(Path.GetFileName(file), text.ReplaceLineEndings("\n"), []);
            if (document.Sentences.Count > 0) documents.Add(document);
        }
        return documents;
    }

    private static bool IsTextFile(string file) =>
        file.EndsWith(".txt", StringComparison.OrdinalIgnoreCase) || file.EndsWith(".json", StringComparison.OrdinalIgnoreCase)
        || file.EndsWith(".json.gz", StringComparison.OrdinalIgnoreCase);

    private static string? ReadText(string file)
    {
        if (file.EndsWith(".txt", StringComparison.OrdinalIgnoreCase)) return File.ReadAllText(file);
        using var stream = File.OpenRead(file);
        using var input = file.EndsWith(".gz", StringComparison.OrdinalIgnoreCase) ? new GZipStream(stream, CompressionMode.Decompress) : (Stream)stream;
        JsonDocument json;
        try { json = JsonDocument.Parse(input); }
        catch (JsonException ex) { throw new InvalidDataException($"{file}: not JSON ({ex.Message})", ex); }
        using (json)
        {
            if (json.RootElement.ValueKind != JsonValueKind.Object) return null;
            foreach (var field in TextFields)
                if (json.RootElement.TryGetProperty(field, out var value) && value.ValueKind == JsonValueKind.String) return value.GetString();
            return null;
        }
    }
}
