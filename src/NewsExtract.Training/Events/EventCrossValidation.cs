using Microsoft.ML;
using NewsExtract.Core.Documents;
using NewsExtract.Extraction.Events;

namespace NewsExtract.Training.Events;

/// <summary>
/// K-fold cross-validation over the hand-labelled sentences, the weak negatives and the sentences of annotated
/// articles (weakly labelled positives, when used, are always in the training part): every such sentence gets a
/// probability per type from a model that never saw it. An article's sentences stay together in one fold, so a
/// model is never scored on an article it read part of. From those
/// out-of-fold probabilities each type's thresholds are chosen (those with the best F1), so thresholds come from
/// the training data and never from the gold dev set.
/// </summary>
public sealed class EventCrossValidation
{
    private EventCrossValidation(float[][] scores, bool[][] labels, bool[][] triggers, int[] handWords, int articleStart)
    {
        Scores = scores;
        Labels = labels;
        Triggers = triggers;
        HandWords = handWords;
        ArticleStart = articleStart;
    }

    /// <summary>Where the annotated articles' sentences start in <see cref="Scores"/> (they come last).</summary>
    public int ArticleStart { get; }

    /// <summary>How many annotated article sentences were cross-validated.</summary>
    public int ArticleSentences => Scores.Length - ArticleStart;

    /// <summary>The number of words of each hand-labelled sentence (they come first in <see cref="Scores"/>).</summary>
    public int[] HandWords { get; }

    /// <summary>Out-of-fold probability of each hand sentence, then each weak negative, then each article sentence, per type (<see cref="EventTypes.All"/> order).</summary>
    public float[][] Scores { get; }

    public bool[][] Labels { get; }

    /// <summary>Whether the trigger list alone reports each type for each hand sentence (the baseline).</summary>
    public bool[][] Triggers { get; }

    public static EventCrossValidation Run(IReadOnlyList<(string Sentence, string[] Types)> hand, IReadOnlyList<EventSentenceRow> weak,
        EventTrainingOptions options, int folds, Action<string>? log = null, Action? foldDone = null) => Run(hand, weak, [], options, folds, log, foldDone);

    public static EventCrossValidation Run(IReadOnlyList<(string Sentence, string[] Types)> hand, IReadOnlyList<EventSentenceRow> weak,
        IReadOnlyList<ArticleEventSentence> articles, EventTrainingOptions options, int folds, Action<string>? log = null, Action? foldDone = null)
    {
        if (folds < 2) throw new ArgumentOutOfRangeException(nameof(folds), "Cross-validation needs at least 2 folds.");
        var handRows = EventTrainingSet.Hand(hand, options.HandWeight);
        // the weak negatives (open-corpus sentences without any trigger) are folded too: held out, they give the
        // thresholds a realistic share of ordinary news sentences; weak positives only ever train (their labels are the triggers)
        var weakNegatives = weak.Where(r => EventTypes.All.All(t => !r.Get(t))).ToList();
        var weakPositives = weak.Where(r => EventTypes.All.Any(r.Get)).ToList();
        var rows = handRows.Concat(weakNegatives).ToList();
        var order = Enumerable.Range(0, rows.Count).ToArray();
        var random = new Random(options.Seed);
        random.Shuffle(order);
        var fold = new int[rows.Count + articles.Count];
        for (int i = 0; i < order.Length; i++) fold[order[i]] = i % folds;
        // the articles' sentences come last, folded by article
        int articleStart = rows.Count;
        ArticleFolds(articles, folds, random).CopyTo(fold, articleStart);
        rows.AddRange(EventTrainingSet.Articles(articles, options));
        var scores = new float[rows.Count][];
        for (int k = 0; k < folds; k++)
        {
            // a row at weight 0 is only scored (an article set measured without training on it)
            var train = weakPositives.Concat(rows.Where((r, i) => fold[i] != k && r.Weight > 0)).ToList();
            var heldOut = Enumerable.Range(0, rows.Count).Where(i => fold[i] == k).ToList();
            var ml = new MLContext(seed: options.Seed);
            var model = EventModelTrainer.Train(ml, train, options);
            var foldScores = EventModelTrainer.Score(ml, model, [.. heldOut.Select(i => rows[i])]);
            for (int j = 0; j < heldOut.Count; j++) scores[heldOut[j]] = foldScores[j];
            log?.Invoke($"fold {k + 1}/{folds}: {train.Count} training rows, {heldOut.Count} held out");
            foldDone?.Invoke();
        }
        var labels = rows.Select(r => EventTypes.All.Select(r.Get).ToArray()).ToArray();
        static bool[] TriggersOf(string sentence) { var found = EventTriggerLexicon.TypesIn(sentence); return [.. EventTypes.All.Select(found.Contains)]; }
        var triggers = hand.Select(h => TriggersOf(h.Sentence))
            .Concat(weakNegatives.Select(_ => new bool[EventTypes.All.Count]))
            .Concat(articles.Select(a => TriggersOf(a.Sentence))).ToArray();
        var words = hand.Select(h => h.Sentence.Split(' ', StringSplitOptions.RemoveEmptyEntries).Length).ToArray();
        return new EventCrossValidation(scores, labels, triggers, words, articleStart);
    }

    /// <summary>The fold of each article sentence: the articles are shuffled and dealt round the folds, so every sentence of one article falls in the same fold.</summary>
    public static int[] ArticleFolds(IReadOnlyList<ArticleEventSentence> sentences, int folds, Random random)
    {
        var ids = sentences.Select(a => a.ArticleId).Distinct(StringComparer.Ordinal).ToArray();
        random.Shuffle(ids);
        var foldOf = ids.Select((id, i) => (id, i)).ToDictionary(x => x.id, x => x.i % folds, StringComparer.Ordinal);
        return [.. sentences.Select(s => foldOf[s.ArticleId])];
    }

    /// <summary>
    /// Per type, the pair of thresholds (for sentences with and without one of the type's trigger words, each
    /// 0.05 … 0.95 and 1.01 = never; the one with a trigger word never above the other) with the best out-of-fold F1; ties go to the higher plain threshold.
    /// </summary>
    /// <param name="include">the sentences whose F1 decides (all when null): e.g. only the annotated articles' ones,
    /// the kind of copy extraction meets</param>
    public (Dictionary<string, float> Plain, Dictionary<string, float> Triggered) ChooseThresholds(Func<int, bool>? include = null)
    {
        var plain = new Dictionary<string, float>(StringComparer.Ordinal);
        var triggered = new Dictionary<string, float>(StringComparer.Ordinal);
        var grid = Enumerable.Range(1, 19).Select(i => i * 0.05f).Append(1.01f).ToArray();
        for (int t = 0; t < EventTypes.All.Count; t++)
        {
            double best = -1;
            foreach (var hi in grid)
                foreach (var lo in grid)
                {
                    if (lo > hi) continue; // a trigger word of the type never makes the type harder to report
                    var f1 = Count(t, i => Reports(i, t, lo, hi), include).F1;
                    if (f1 < best + 1e-9) continue;
                    best = f1;
                    plain[EventTypes.All[t]] = MathF.Round(hi, 2);
                    triggered[EventTypes.All[t]] = MathF.Round(lo, 2);
                }
        }
        return (plain, triggered);
    }

    /// <summary>
    /// Per type, the threshold for sentences holding one of the type's trigger words re-chosen on the sentences
    /// <paramref name="include"/> keeps (0 … 0.95, where 0 lets the trigger word alone report the type; never
    /// above the plain threshold), the plain thresholds kept: how far a trigger word can be trusted is read from
    /// the kind of copy extraction meets, while the sentences without one are judged on all of them. Ties go to the
    /// lower threshold (the first reached).
    /// </summary>
    public Dictionary<string, float> ChooseTriggeredThresholds(IReadOnlyDictionary<string, float> plain, Func<int, bool> include)
    {
        var triggered = new Dictionary<string, float>(StringComparer.Ordinal);
        var grid = Enumerable.Range(0, 20).Select(i => i * 0.05f).ToArray();
        for (int t = 0; t < EventTypes.All.Count; t++)
        {
            var hi = plain[EventTypes.All[t]];
            double best = -1;
            foreach (var lo in grid)
            {
                if (lo > hi) continue;
                var f1 = Count(t, i => Reports(i, t, lo, hi), include).F1;
                if (f1 < best + 1e-9) continue;
                best = f1;
                triggered[EventTypes.All[t]] = MathF.Round(lo, 2);
            }
        }
        return triggered;
    }

    /// <summary>Whether sentence <paramref name="i"/> reports type <paramref name="t"/> out of fold: its score reaches <paramref name="triggered"/> when it holds one of the type's trigger words, else <paramref name="plain"/>.</summary>
    private bool Reports(int i, int t, float triggered, float plain) => Scores[i][t] >= (Triggers[i][t] ? triggered : plain);

    /// <summary>Out-of-fold counts of one type under a decision rule on sentence indexes.</summary>
    public (int Tp, int Predicted, int Gold, double F1) Count(int type, Func<int, bool> predicts, Func<int, bool>? include = null)
    {
        int tp = 0, predicted = 0, gold = 0;
        for (int i = 0; i < Scores.Length; i++)
        {
            if (include is not null && !include(i)) continue;
            bool p = predicts(i), g = Labels[i][type];
            if (p) predicted++;
            if (g) gold++;
            if (p && g) tp++;
        }
        double f1 = predicted + gold == 0 ? 1 : 2.0 * tp / (predicted + gold);
        return (tp, predicted, gold, f1);
    }

    /// <summary>Micro-averaged F1 over all types under the given thresholds, and for the trigger list alone.</summary>
    /// <param name="include">which sentences to count (all when null): e.g. only the long hand-labelled ones</param>
    public (double Model, double Triggers) MicroF1(IReadOnlyDictionary<string, float> plain, IReadOnlyDictionary<string, float> triggered, Func<int, bool>? include = null)
    {
        int tpM = 0, pM = 0, tpT = 0, pT = 0, g = 0;
        for (int t = 0; t < EventTypes.All.Count; t++)
        {
            var m = Count(t, i => Reports(i, t, triggered[EventTypes.All[t]], plain[EventTypes.All[t]]), include);
            var trig = Count(t, i => Triggers[i][t], include);
            tpM += m.Tp; pM += m.Predicted; tpT += trig.Tp; pT += trig.Predicted; g += m.Gold;
        }
        return (2.0 * tpM / (pM + g), 2.0 * tpT / (pT + g));
    }
}
