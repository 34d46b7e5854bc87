using NewsExtract.Core.Records;

namespace NewsExtract.Training.Records;

/// <summary>
/// Compares the events of two classifiers on the gold set the way the scorer counts them (per article and type,
/// <c>min(gold, predicted)</c> events match): how many gold events the model finds that the trigger list alone does
/// not ("found only by model") and the reverse, and a readable list of each article's misses, false alarms and events
/// of the right type that share no participant with gold.
/// </summary>
public sealed class EventTypeComparison
{
    private readonly List<string> _errorLines = [];

    public int FoundOnlyByModel { get; private set; }

    public int FoundOnlyByTriggers { get; private set; }

    /// <summary>Per article and type: gold count, model count and trigger count, with the sentences of each side.</summary>
    public IReadOnlyList<string> ErrorLines => _errorLines;

    public void Add(string article, string text, IReadOnlyList<(string Type, IReadOnlyList<string> Participants)> gold,
        IReadOnlyList<EventRecord> model, IReadOnlyList<EventRecord>? triggers)
    {
        var types = gold.Select(e => e.Type).Concat(model.Select(e => e.Type)).Concat(triggers?.Select(e => e.Type) ?? []).Distinct().Order(StringComparer.Ordinal);
        var header = false;
        foreach (var type in types)
        {
            int g = gold.Count(e => e.Type == type), m = model.Count(e => e.Type == type);
            int t = triggers?.Count(e => e.Type == type) ?? m;
            FoundOnlyByModel += Math.Max(0, Math.Min(g, m) - Math.Min(g, t));
            FoundOnlyByTriggers += Math.Max(0, Math.Min(g, t) - Math.Min(g, m));
            int sharing = SharingParticipant(gold.Where(e => e.Type == type).Select(e => e.Participants).ToList(), model.Where(e => e.Type == type).Select(e => e.Participants).ToList());
            if (g == m && sharing == g) continue;
            if (!header) { _errorLines.Add($"== {article}"); header = true; }
            var kind = m < g ? "MISS" : m > g ? "FALSE" : "PARTICIPANTS";
            _errorLines.Add($"{kind} {type}: gold {g}, model {m}, sharing a participant {sharing}" + (triggers is null ? "" : $", triggers {t}"));
            foreach (var e in gold.Where(e => e.Type == type)) _errorLines.Add($"   gold  [{string.Join("; ", e.Participants)}]");
            foreach (var e in model.Where(e => e.Type == type)) _errorLines.Add($"   model [{string.Join("; ", e.Participants)}] {Clip(e.Sentence.Text)}");
            if (m < g)
            {
                // sentences the model left without this type: where the miss may hide
                foreach (var e in triggers?.Where(e => e.Type == type && !model.Any(x => x.Sentence.Start == e.Sentence.Start)) ?? [])
                    _errorLines.Add($"   trig  {Clip(e.Sentence.Text)}");
            }
        }
    }

    /// <summary>How many gold events pair one-to-one with a model event that names one of their participants, as the scorer's "type+participant" counts them.</summary>
    private static int SharingParticipant(List<IReadOnlyList<string>> gold, List<IReadOnlyList<string>> model)
    {
        var used = new bool[model.Count];
        int pairs = 0;
        foreach (var g in gold)
        {
            for (int m = 0; m < model.Count; m++)
            {
                if (used[m] || !g.Any(a => model[m].Any(b => RecordScorer.SameText(a, b)))) continue;
                used[m] = true;
                pairs++;
                break;
            }
        }
        return pairs;
    }

    private static string Clip(string s) => s.Length <= 220 ? s.ReplaceLineEndings(" ") : s[..220].ReplaceLineEndings(" ") + "…";
}
