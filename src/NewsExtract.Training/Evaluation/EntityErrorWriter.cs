using NewsExtract.Training.Corpora;

namespace NewsExtract.Training.Evaluation;

/// <summary>
/// Writes the entities a model got wrong, one sentence at a time, for reading errors by class: each line is
/// <c>MISS</c> (gold entity not predicted exactly), <c>FALSE</c> (predicted entity not in gold) or <c>TYPE</c> (same span,
/// other type), the span's words and type, then the sentence with the gold entities in [brackets].
/// </summary>
public sealed class EntityErrorWriter(TextWriter output, IReadOnlySet<string>? onlyTypes = null)
{
    public void Add(IReadOnlyList<string> words, IReadOnlyList<string> gold, IReadOnlyList<string> predicted)
    {
        var goldSpans = IobTags.Spans(gold, onlyTypes);
        var predictedSpans = IobTags.Spans(predicted, onlyTypes);
        var goldSet = new HashSet<(int, int, string)>(goldSpans);
        var predictedSet = new HashSet<(int, int, string)>(predictedSpans);
        var lines = new List<string>();
        foreach (var span in goldSpans.Where(s => !predictedSet.Contains(s)))
        {
            var retyped = predictedSpans.FirstOrDefault(p => p.Start == span.Start && p.End == span.End);
            lines.Add(retyped.Type is null
                ? $"MISS\t{span.Type}\t{Words(words, span)}"
                : $"TYPE\t{span.Type}->{retyped.Type}\t{Words(words, span)}");
        }
        foreach (var span in predictedSpans.Where(s => !goldSet.Contains(s) && !goldSpans.Any(g => g.Start == s.Start && g.End == s.End)))
            lines.Add($"FALSE\t{span.Type}\t{Words(words, span)}");
        if (lines.Count == 0) return;
        string sentence = Bracketed(words, goldSpans);
        foreach (var line in lines) output.WriteLine($"{line}\t{sentence}");
    }

    private static string Words(IReadOnlyList<string> words, (int Start, int End, string Type) span) =>
        string.Join(' ', words.Skip(span.Start).Take(span.End - span.Start));

    private static string Bracketed(IReadOnlyList<string> words, List<(int Start, int End, string Type)> spans)
    {
        var parts = new List<string>(words.Count + spans.Count * 2);
        for (int i = 0; i < words.Count; i++)
        {
            if (spans.Any(s => s.Start == i)) parts.Add("[");
            parts.Add(words[i]);
            if (spans.Any(s => s.End == i + 1)) parts.Add("]");
        }
        return string.Join(' ', parts).Replace("[ ", "[", StringComparison.Ordinal).Replace(" ]", "]", StringComparison.Ordinal);
    }
}
