using System.IO.Compression;
using System.Text.Json;

namespace NewsExtract.Training.Corpora;

/// <summary>
/// Reads unlabelled text as documents whose every token is outside any entity, cut into sentences by the extraction
/// tokenizer and splitter: a <c>.txt</c> file is one document; a JSON file (optionally <c>.json.gz</c>) is one
/// document made of its <c>main_content</c> or else its <c>text</c> string, at the top level or inside a
/// <c>ground_truth</c> object (the WCXB benchmark's layout). Used for word clusters, never as labels. A path that
/// yields no text at all is an error, so a folder in a layout the reader does not know cannot pass for read.
/// </summary>
public static class UnlabelledTextReader
{
    private static readonly string[] TextFields = ["main_content", "text"];
    private const string NestedObject = "ground_truth";

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
        if (documents.Count == 0)
            throw new InvalidDataException($"{path}: no text read (a .txt file, or a JSON file with a \"main_content\" or \"text\" string at its top level or in \"{NestedObject}\")");
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
            return TextOf(json.RootElement)
                ?? (json.RootElement.TryGetProperty(NestedObject, out var nested) && nested.ValueKind == JsonValueKind.Object ? TextOf(nested) : null);
        }
    }

    private static string? TextOf(JsonElement element)
    {
        foreach (var field in TextFields)
            if (element.TryGetProperty(field, out var value) && value.ValueKind == JsonValueKind.String) return value.GetString();
        return null;
    }
}
