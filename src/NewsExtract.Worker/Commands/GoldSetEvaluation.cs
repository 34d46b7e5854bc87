using System.Text.Json;
using NewsExtract.Core.Articles;
using NewsExtract.Core.Records;
using NewsExtract.Ingestion.Files;
using NewsExtract.Training.Records;

namespace NewsExtract.Worker.Commands;

/// <summary>
/// Scores records against every gold file of a folder: reads each envelope's annotation (<see cref="GoldAnnotation"/>), asks
/// <c>predict</c> for the article's record (null: none, scored as empty) and, when a baseline is given, compares
/// the events of the two (<see cref="EventTypeComparison"/>). Used by <c>evaluate records</c> and <c>train events</c>.
/// </summary>
public sealed class GoldSetEvaluation
{
    public RecordScorer Scorer { get; } = new();

    public EventTypeComparison Comparison { get; } = new();

    /// <summary>Per article (a "== file" line, then one line each), where people, bodies, places and officials differ from gold.</summary>
    public List<string> EntityErrorLines { get; } = [];

    public int Articles { get; private set; }

    public int Missing { get; private set; }

    public static IReadOnlyList<FileInfo> GoldFiles(DirectoryInfo folder, GoldFileRange? range = null) =>
        [.. folder.EnumerateFiles("*.json").Where(f => range is null || range.Contains(f.Name)).OrderBy(f => f.Name, StringComparer.Ordinal)];

    public static GoldSetEvaluation Run(IEnumerable<FileInfo> files, Func<Article, ArticleRecord?> predict, Func<Article, ArticleRecord>? baseline,
        Action<string> warn, CancellationToken ct)
    {
        var result = new GoldSetEvaluation();
        var reader = new ArticleFileReader("gold");
        foreach (var file in files)
        {
            ct.ThrowIfCancellationRequested();
            JsonElement goldObject;
            bool personsIncludeOfficials;
            Article article;
            try
            {
                using (var doc = JsonDocument.Parse(File.ReadAllText(file.FullName)))
                {
                    if (GoldAnnotation.Find(doc.RootElement) is not { } g) { warn($"{file.Name}: no \"gold\" object or annotation arrays, skipped"); continue; }
                    goldObject = g.Clone();
                    personsIncludeOfficials = GoldAnnotation.PersonsIncludeOfficials(doc.RootElement);
                }
                article = reader.Read(new ArticleFile(file.FullName, file.Name));
            }
            catch (Exception ex) when (ex is JsonException or ArticleReadException or IOException)
            {
                warn($"{file.Name}: cannot be read as a gold file ({ex.Message}), skipped");
                continue;
            }
            ArticleRecord? record;
            try
            {
                record = predict(article);
            }
            catch (Exception ex) when (ex is not OperationCanceledException)
            {
                // One failing article must not stop the evaluation: it is scored as an empty prediction.
                warn($"{file.Name}: extraction failed ({ex.GetType().Name}: {ex.Message}); scored as no prediction");
                record = null;
            }
            if (record is null) result.Missing++;
            var goldRecord = ScoredRecord.FromGold(goldObject, article.Text);
            result.Comparison.Add(file.Name, article.Text, goldRecord.Events, record?.Events ?? [], baseline?.Invoke(article).Events);
            var scoredRecord = record is null ? new ScoredRecord([], [], [], [], [], [], []) : ScoredRecord.From(record, personsIncludeOfficials);
            result.Scorer.Add(goldRecord, scoredRecord);
            var mismatches = EntityMismatchLister.Lines(goldRecord, scoredRecord).ToList();
            if (mismatches.Count > 0)
            {
                result.EntityErrorLines.Add($"== {file.Name}");
                result.EntityErrorLines.AddRange(mismatches);
            }
            result.Articles++;
        }
        return result;
    }
}
