using System.Text.Encodings.Web;
using System.Text.Json;
using System.Text.Json.Nodes;

namespace NewsExtract.Ingestion.Html.Benchmark;

/// <summary>
/// Reads and writes the benchmark's JSON shape, <c>{ "&lt;id&gt;": { "articleBody": "..." } }</c>, and scores an
/// output against a ground truth the way the benchmark's scorer does (missing ids score as empty text).
/// </summary>
public static class BenchmarkFiles
{
    private static readonly JsonSerializerOptions WriteOptions = new()
    {
        WriteIndented = true,
        Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
    };

    /// <summary>Reads id → articleBody from a benchmark JSON file.</summary>
    /// <exception cref="InvalidDataException">When the file is not the expected shape.</exception>
    public static Dictionary<string, string> ReadBodies(string path)
    {
        JsonNode? root;
        try
        {
            root = JsonNode.Parse(File.ReadAllText(path));
        }
        catch (JsonException e)
        {
            throw new InvalidDataException($"{path} is not valid JSON: {e.Message}", e);
        }
        if (root is not JsonObject obj)
            throw new InvalidDataException($"{path} must hold a JSON object of id → {{\"articleBody\": ...}}.");
        var bodies = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var (id, value) in obj)
        {
            bodies[id] = value switch
            {
                JsonObject o when o["articleBody"] is JsonValue v && v.TryGetValue<string>(out var s) => s,
                JsonValue v when v.TryGetValue<string>(out var s) => s,
                _ => "",
            };
        }
        return bodies;
    }

    /// <summary>Writes id → articleBody in the benchmark's shape, ids sorted.</summary>
    public static void WriteBodies(string path, IReadOnlyDictionary<string, string> bodies)
    {
        var obj = new JsonObject();
        foreach (var (id, body) in bodies.OrderBy(kv => kv.Key, StringComparer.Ordinal))
            obj[id] = new JsonObject { ["articleBody"] = body };
        var temp = path + ".tmp";
        File.WriteAllText(temp, obj.ToJsonString(WriteOptions));
        File.Move(temp, path, overwrite: true);
    }

    /// <summary>Scores every truth page (in the truth's order) against the output; returns per-page scores and the summary.</summary>
    public static (IReadOnlyList<(string Id, PageScore Score)> Pages, BenchmarkResult Result) Score(
        IReadOnlyDictionary<string, string> truth, IReadOnlyDictionary<string, string> output)
    {
        var pages = truth.Select(kv => (kv.Key, ShingleMetric.ScorePage(kv.Value, output.GetValueOrDefault(kv.Key) ?? ""))).ToList();
        return (pages, ShingleMetric.Summarize(pages.Select(p => p.Item2).ToList()));
    }
}
