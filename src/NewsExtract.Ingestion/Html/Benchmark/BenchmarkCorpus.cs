using System.IO.Compression;
using System.Text.Json;
using NewsExtract.Ingestion.Http;

namespace NewsExtract.Ingestion.Html.Benchmark;

/// <summary>Reads the pages of a benchmark folder (<see cref="BenchmarkKind"/>) and the HTML of each page.</summary>
public static class BenchmarkCorpus
{
    /// <summary>Parses <c>aeb:DIR</c> or <c>wcxb:DIR</c>.</summary>
    /// <exception cref="ArgumentException">When the prefix is neither.</exception>
    public static (BenchmarkKind Kind, string Folder) ParseSpec(string spec)
    {
        var colon = spec.IndexOf(':', StringComparison.Ordinal);
        var prefix = colon > 0 ? spec[..colon].ToLowerInvariant() : "";
        var folder = colon > 0 ? spec[(colon + 1)..] : spec;
        return prefix switch
        {
            "aeb" => (BenchmarkKind.Aeb, folder),
            "wcxb" => (BenchmarkKind.Wcxb, folder),
            _ => throw new ArgumentException($"'{spec}' must be aeb:DIR or wcxb:DIR."),
        };
    }

    /// <summary>The pages of the benchmark in <paramref name="folder"/>, in id order.</summary>
    /// <exception cref="InvalidDataException">When the folder does not have the benchmark's layout or its truth is not valid JSON.</exception>
    public static IReadOnlyList<BenchmarkPage> Read(BenchmarkKind kind, string folder) => kind switch
    {
        BenchmarkKind.Aeb => ReadAeb(folder),
        _ => ReadWcxb(folder),
    };

    /// <summary>The page's HTML, decompressed and decoded (BOM, then the page's own charset declaration, then a guess).</summary>
    public static string ReadHtml(BenchmarkPage page)
    {
        byte[] bytes;
        if (page.HtmlPath.EndsWith(".gz", StringComparison.OrdinalIgnoreCase))
        {
            using var input = new GZipStream(File.OpenRead(page.HtmlPath), CompressionMode.Decompress);
            using var buffer = new MemoryStream();
            input.CopyTo(buffer);
            bytes = buffer.ToArray();
        }
        else
        {
            bytes = File.ReadAllBytes(page.HtmlPath);
        }
        return TextCharset.Decode(bytes, headerCharset: null).Text;
    }

    private static List<BenchmarkPage> ReadAeb(string folder)
    {
        var truthPath = Path.Combine(folder, "ground-truth.json");
        var htmlFolder = Path.Combine(folder, "html");
        if (!File.Exists(truthPath) || !Directory.Exists(htmlFolder))
            throw new InvalidDataException($"{folder} is not an article-extraction benchmark folder (ground-truth.json and html/ expected).");
        using var truth = ParseJson(truthPath);
        var pages = new List<BenchmarkPage>();
        foreach (var entry in truth.RootElement.EnumerateObject().OrderBy(e => e.Name, StringComparer.Ordinal))
        {
            var url = String(entry.Value, "url");
            var uri = Uri.TryCreate(url, UriKind.Absolute, out var u) ? u : null;
            pages.Add(new BenchmarkPage
            {
                Id = entry.Name,
                HtmlPath = Path.Combine(htmlFolder, entry.Name + ".html"),
                Url = uri,
                PageType = "article",
                Domain = DomainOf(uri),
                Body = String(entry.Value, "articleBody") ?? "",
            });
        }
        return pages;
    }

    private static List<BenchmarkPage> ReadWcxb(string folder)
    {
        var truthFolder = Path.Combine(folder, "ground-truth");
        var htmlFolder = Path.Combine(folder, "html");
        if (!Directory.Exists(truthFolder) || !Directory.Exists(htmlFolder))
            throw new InvalidDataException($"{folder} is not a WCXB split folder (ground-truth/ and html/ expected).");
        var pages = new List<BenchmarkPage>();
        foreach (var file in Directory.EnumerateFiles(truthFolder, "*.json").Order(StringComparer.Ordinal))
        {
            var id = Path.GetFileNameWithoutExtension(file);
            var htmlPath = Path.Combine(htmlFolder, id + ".html.gz");
            if (!File.Exists(htmlPath))
                htmlPath = Path.Combine(htmlFolder, id + ".html");
            if (!File.Exists(htmlPath))
                continue;
            using var doc = ParseJson(file);
            var root = doc.RootElement;
            var truth = root.TryGetProperty("ground_truth", out var g) ? g : default;
            var type = root.TryGetProperty("_internal", out var internals) && internals.TryGetProperty("page_type", out var pt)
                ? String(pt, "primary") : null;
            var url = String(root, "url");
            var uri = Uri.TryCreate(url, UriKind.Absolute, out var u) ? u : null;
            pages.Add(new BenchmarkPage
            {
                Id = id,
                HtmlPath = htmlPath,
                Url = uri,
                PageType = type ?? "unknown",
                Domain = DomainOf(uri),
                Body = String(truth, "main_content"),
                Title = NonEmpty(String(truth, "title")),
                Author = NonEmpty(String(truth, "author")),
                PublishDate = NonEmpty(String(truth, "publish_date")),
            });
        }
        return pages;
    }

    private static string DomainOf(Uri? url)
    {
        if (url is null)
            return "";
        var host = url.Host.ToLowerInvariant();
        return host.StartsWith("www.", StringComparison.Ordinal) ? host[4..] : host;
    }

    private static JsonDocument ParseJson(string path)
    {
        try
        {
            return JsonDocument.Parse(File.ReadAllBytes(path));
        }
        catch (JsonException e)
        {
            throw new InvalidDataException($"{path} is not valid JSON: {e.Message}", e);
        }
    }

    private static string? String(JsonElement element, string property) =>
        element.ValueKind == JsonValueKind.Object && element.TryGetProperty(property, out var v) && v.ValueKind == JsonValueKind.String
            ? v.GetString()
            : null;

    private static string? NonEmpty(string? s) => string.IsNullOrWhiteSpace(s) ? null : s;
}
