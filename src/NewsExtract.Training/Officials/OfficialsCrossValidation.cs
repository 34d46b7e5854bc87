using Microsoft.ML;

namespace NewsExtract.Training.Officials;

/// <summary>
/// K-fold cross-validation of the two classifiers with folds by article (an article's rows never straddle a fold).
/// Link: per person, the highest probability over its candidate links, against whether the person is a gold
/// official; gold officials that no candidate reaches count as misses at every threshold. Country: for each
/// official matched to a gold one whose title names no state, is the top-scoring candidate the gold state (compared
/// with the rule, <see cref="NewsExtract.Extraction.Officials.OfficialRecognizer.RuleCountry"/>)?
/// </summary>
public sealed class OfficialsCrossValidation
{
    /// <summary>Per person of every article: its best out-of-fold link probability and whether it is a gold official.</summary>
    public List<(float Probability, bool Gold)> People { get; } = [];

    public int GoldOfficials { get; private set; }

    public int CountryOfficials { get; private set; }

    public int CountryCorrect { get; private set; }

    public int CountryRuleCorrect { get; private set; }

    /// <summary>True when the country classifier scored better than the rule out of fold.</summary>
    public bool CountryModelWins => CountryCorrect > CountryRuleCorrect;

    /// <param name="foldDone">Called as each fold is scored (progress).</param>
    public static OfficialsCrossValidation Run(IReadOnlyList<OfficialTrainingRows> articles, OfficialsTrainingOptions options, Action? foldDone = null)
    {
        var result = new OfficialsCrossValidation();
        var order = articles.Select((a, i) => (a, Key: new Random(options.Seed + i).Next())).OrderBy(x => x.Key).Select(x => x.a).ToList();
        for (int fold = 0; fold < options.Folds; fold++)
        {
            var test = order.Where((_, i) => i % options.Folds == fold).ToList();
            var train = order.Where((_, i) => i % options.Folds != fold).ToList();
            var ml = new MLContext(seed: options.Seed);
            var link = OfficialsTrainer.Train(ml, [.. train.SelectMany(a => a.Links).Select(l => l.Row)], options);
            var country = OfficialsTrainer.Train(ml, [.. train.SelectMany(a => a.Countries).Select(c => c.Row)], options);
            foreach (var a in test)
            {
                result.GoldOfficials += a.GoldOfficials;
                var p = OfficialsTrainer.Score(ml, link, [.. a.Links.Select(l => l.Row)]);
                foreach (var g in a.Links.Select((l, i) => (l.Person, l.Row.Label, P: p[i])).GroupBy(x => x.Person))
                    result.People.Add((g.Max(x => x.P), g.Any(x => x.Label)));
                var q = OfficialsTrainer.Score(ml, country, [.. a.Countries.Select(c => c.Row)]);
                foreach (var g in a.Countries.Select((c, i) => (c.Official, c.Country, c.Row, P: q[i])).GroupBy(x => x.Official))
                {
                    result.CountryOfficials++;
                    if (g.OrderByDescending(x => x.P).First().Row.Label) result.CountryCorrect++;
                    if (a.RuleCountryCorrect.TryGetValue(g.Key, out var ok) && ok) result.CountryRuleCorrect++;
                }
            }
            foldDone?.Invoke();
        }
        return result;
    }

    /// <summary>Precision, recall and F1 of people made officials at a threshold (recall over all gold officials).</summary>
    public (double P, double R, double F1, int Tp, int Predicted) LinkScore(float threshold)
    {
        int predicted = People.Count(x => x.Probability >= threshold);
        int tp = People.Count(x => x.Probability >= threshold && x.Gold);
        double p = predicted == 0 ? 0 : (double)tp / predicted, r = GoldOfficials == 0 ? 0 : (double)tp / GoldOfficials;
        return (p, r, p + r == 0 ? 0 : 2 * p * r / (p + r), tp, predicted);
    }

    /// <summary>
    /// The threshold nearest 0.5 whose cross-validated F1 is within <see cref="ThresholdTolerance"/> of the best: on a
    /// set this small a higher F1 by one or two people is noise, not a reason to move off 0.5.
    /// </summary>
    public float ChooseThreshold()
    {
        var thresholds = Enumerable.Range(1, 18).Select(i => i * 0.05f).ToList();
        var best = thresholds.Max(t => LinkScore(t).F1);
        return thresholds.Where(t => LinkScore(t).F1 >= best - ThresholdTolerance).OrderBy(t => Math.Abs(t - 0.5f)).First();
    }

    public const double ThresholdTolerance = 0.01;
}
