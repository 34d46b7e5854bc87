using System.Text.Json;
using System.Text.RegularExpressions;
using NewsExtract.Core.Records;

namespace NewsExtract.Review.Export;

/// <summary>
/// The articles of the evaluation sets (corpus/gold, agency-dev): recognised by their text (white space aside) or their
/// URL (scheme, letter case of the host and a trailing slash aside), so a reviewed copy of one — read from the folder
/// itself or fetched again from the web — is known for what it is and kept out of training data (NER training with
/// reviews, the CoNLL exports).
/// </summary>
public sealed partial class EvaluationArticles
{
    /// <summary>The evaluation sets, relative to the repository root: the gold set and the shared agency-dev set.</summary>
    public static IReadOnlyList<string> DefaultFolders { get; } =
        [Path.Combine("corpus", "gold"), Path.Combine("..", "shared", "data", "agency-dev", "articles")];

    private readonly HashSet<string> _texts = new(StringComparer.Ordinal);
    private readonly HashSet<string> _urls = new(StringComparer.Ordinal);

    private EvaluationArticles(IReadOnlyList<string> folders, IReadOnlyList<string> missing)
    {
        Folders = folders;
        Missing = missing;
    }

    /// <summary>The evaluation folders that exist and were read.</summary>
    public IReadOnlyList<string> Folders { get; }

    /// <summary>The evaluation folders named but not found (nothing to compare with there).</summary>
    public IReadOnlyList<string> Missing { get; }

    /// <summary>How many evaluation articles were read.</summary>
    public int Count { get; private set; }

    /// <summary>Reads every <c>*.json</c> file with a <c>text</c> in the folders; files that are not article JSON are passed over.</summary>
    public static EvaluationArticles Load(IEnumerable<string> folders)
    {
        var named = folders.Where(f => !string.IsNullOrWhiteSpace(f)).ToList();
        var articles = new EvaluationArticles([.. named.Where(Directory.Exists)], [.. named.Where(f => !Directory.Exists(f))]);
        foreach (var file in articles.Folders.SelectMany(f => Directory.EnumerateFiles(f, "*.json", SearchOption.AllDirectories)))
        {
            try
            {
                using var json = JsonDocument.Parse(File.ReadAllBytes(file));
                if (json.RootElement.ValueKind != JsonValueKind.Object
                    || !json.RootElement.TryGetProperty("text", out var text) || text.ValueKind != JsonValueKind.String) continue;
                articles._texts.Add(TextKey(text.GetString()!));
                if (json.RootElement.TryGetProperty("url", out var url) && url.ValueKind == JsonValueKind.String && UrlKey(url.GetString()) is { } key)
                    articles._urls.Add(key);
                articles.Count++;
            }
            catch (JsonException)
            {
                // Not an article file.
            }
        }
        return articles;
    }

    /// <summary>The reviewed articles that are not evaluation articles, and how many were left out.</summary>
    public (List<ReviewedArticle> Kept, int LeftOut) Without(IEnumerable<ReviewedArticle> articles)
    {
        var all = articles.ToList();
        var kept = all.Where(a => !Contains(a.Record)).ToList();
        return (kept, all.Count - kept.Count);
    }

    /// <summary>Whether the record is one of the evaluation articles.</summary>
    public bool Contains(ArticleRecord record) =>
        _texts.Contains(TextKey(record.Text))
        || (UrlKey(record.Url) is { } url && _urls.Contains(url))
        || (UrlKey(record.Source.Url) is { } sourceUrl && _urls.Contains(sourceUrl));

    private static string TextKey(string text) => WhiteSpace().Replace(text, " ").Trim();

    private static string? UrlKey(string? url) =>
        Uri.TryCreate(url?.Trim(), UriKind.Absolute, out var uri) && uri.Scheme is "http" or "https"
            ? $"{uri.IdnHost.ToLowerInvariant()}{uri.AbsolutePath.TrimEnd('/')}{uri.Query}"
            : null;

    [GeneratedRegex(@"\s+")]
    private static partial Regex WhiteSpace();
}
