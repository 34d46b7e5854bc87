using System.Globalization;
using System.Text;
using NewsExtract.Extraction.EntityRecognition;
using NewsExtract.Training.Corpora;
using NewsExtract.Training.Evaluation;

namespace NewsExtract.Training.Ner;

/// <summary>Writes the Markdown model card that sits beside a trained NER model.</summary>
public static class NerModelCard
{
    private static readonly Dictionary<CorpusFormat, (string Corpus, string Licence, string[] RawTypes)> Corpora = new()
    {
        [CorpusFormat.Conll] = ("CoNLL-2003 English (Reuters news, 1996)", "Reuters text: research use only. A model trained on it must not be shipped or committed.", ["PER", "ORG", "LOC", "MISC"]),
        [CorpusFormat.Gmb] = ("Groningen Meaning Bank extract (Voice of America news)", "Texts public domain; annotations ODbL / free for research. Attribution: Groningen Meaning Bank (Bos et al.).", ["per", "org", "geo", "gpe", "tim", "eve", "art", "nat"]),
        [CorpusFormat.Meantime] = ("NewsReader MEANTIME English (Wikinews)", "CC BY 4.0. Attribution: FBK, VU Amsterdam, UPV/EHU (NewsReader project).", ["PER", "ORG", "LOC", "PRO", "FIN", "TIMEX3"]),
        [CorpusFormat.Gold] = ("Gold article files: corpus/gold (written for this project) and/or the shared agency-dev set (real agency articles; its tune part 101–145 only, never the check part)", "corpus/gold: the project's own. agency-dev: third-party texts licensed for evaluation and training only; the model holds weights, not text. Names are located in the text (whole words) and a person's surname alone is tagged too.", [GoldRecordsReader.Person, GoldRecordsReader.Official, GoldRecordsReader.Organization, GoldRecordsReader.Location]),
        [CorpusFormat.Uner] = ("Universal NER IOB2 files: the English Web Treebank's and/or the project's own web-register corpus (corpus/web)", "Universal NER EWT: CC BY-SA 4.0. Attribution: Universal NER (Mayhew et al.), UD English EWT. corpus/web: invented texts written for this project.", ["PER", "ORG", "LOC"]),
        [CorpusFormat.Text] = ("Unlabelled text (word clusters only)", "Only word co-occurrence counts reach the model. WCXB ground truth: annotations CC BY 4.0, page texts third-party; GMB texts public domain; agency-dev: texts for evaluation and training only.", []),
        [CorpusFormat.Re3d] = ("Dstl re3d (defence and security press releases)", "Per sub-folder: public domain, OGL v3, CC BY, CC BY-SA (BBC part excluded). Attribution: Dstl.", ["Person", "Organisation", "Location", "Nationality", "Temporal", "Money", "Quantity", "Weapon"]),
    };

    public static string Build(NerModel model, NerTrainingConfig config, string commandLine, IReadOnlyList<CorpusSpec> train,
        CorpusSpec? dev, EntityEvaluator? devScores, TimeSpan trainingTime, long modelBytes, int trainingTokens,
        ReviewedTrainingSummary? reviews = null, IReadOnlyList<(CorpusSpec Spec, EntityEvaluator Scores)>? alsoScored = null)
    {
        var scheme = TypeScheme.ByName(model.Info.Scheme);
        var sb = new StringBuilder();
        var inv = CultureInfo.InvariantCulture;
        sb.AppendLine(inv, $"# NER model `{model.Info.Version}`");
        sb.AppendLine();
        sb.AppendLine("Statistical named-entity recogniser for NewsExtract: hashed sparse features, a maximum-entropy token classifier");
        sb.AppendLine("trained with ML.NET, scored from its weights directly and decoded with IOB2-constrained Viterbi.");
        sb.AppendLine();
        sb.AppendLine("| | |");
        sb.AppendLine("|---|---|");
        sb.AppendLine(inv, $"| created (UTC) | {model.Info.CreatedUtc:yyyy-MM-dd HH:mm} |");
        sb.AppendLine(inv, $"| command | `{commandLine}` |");
        sb.AppendLine(inv, $"| seed | {model.Info.Seed} |");
        sb.AppendLine(inv, $"| trainer | {model.Info.Trainer} |");
        sb.AppendLine(inv, $"| decoder | IOB2-constrained Viterbi{(model.Info.Transitions is not null && model.Info.TransitionWeight != 0 ? $", transition scores counted on the training data (starting an entity right after one of its type) weighted {model.Info.TransitionWeight}" : ", no transition scores")} |");
        sb.AppendLine(inv, $"| training time | {trainingTime.TotalMinutes:F1} min on this machine ({Environment.ProcessorCount} cores, shared) |");
        sb.AppendLine(inv, $"| training tokens | {trainingTokens:N0} |");
        sb.AppendLine(inv, $"| types | {string.Join(", ", model.Labels.Types)} (scheme `{scheme.Name}`) |");
        if (model.Info.Domains.Count > 0)
            sb.AppendLine(inv, $"| domains | {string.Join(", ", model.Info.Domains)}: their documents also fire domain-specific copies of every feature; the product tags news copy with the shared weights and text its register detector (`models/register`) judges web writing in the `web` domain when the model has one; evaluation tags a corpus named with a domain in that domain, any other as the product does |");
        sb.AppendLine(inv, $"| model file | {modelBytes / 1048576.0:F1} MB (half-precision weights, rows ≤ {config.PruneThreshold} pruned) |");
        sb.AppendLine();
        sb.AppendLine("## Data and licences");
        sb.AppendLine();
        foreach (var format in train.Select(t => t.Format).Concat(dev is null ? [] : [dev.Format]).Concat(alsoScored?.Select(a => a.Spec.Format) ?? []).Distinct())
        {
            var (corpus, licence, raw) = Corpora[format];
            sb.AppendLine(inv, $"- **{corpus}** — {licence}");
            sb.AppendLine(inv, $"  Type mapping: {scheme.Describe(format, raw)}.");
        }
        if (reviews is not null)
        {
            sb.AppendLine("- **Analysts' reviewed articles** (the worker's state database) — the texts belong to the news agencies they were fetched from: check their terms before shipping a model trained on them.");
            sb.AppendLine(inv, $"  Type mapping: {scheme.Describe(CorpusFormat.Conll, ["PER", "ORG", "LOC"])} (PER = persons and officials).");
        }
        if (config.SilverTypesFrom is { } silver)
            sb.AppendLine(inv, $"\nGold article files and Universal NER files annotate persons, organisations and places only: their other types (dates, nationalities, events, other names) were completed with the predictions of `{silver}` where those touch no gold entity, so that they do not teach \"O\" for those types.");
        if (train.Count > 0)
        {
            sb.AppendLine();
            sb.AppendLine("Training corpora (FORMAT:PATH@range, ranges are fractions of the documents in file order):");
            foreach (var t in train) sb.AppendLine(inv, $"- `{t}`");
        }
        if (config.Clusters > 0 && config.Features.Clusters)
        {
            sb.AppendLine();
            sb.AppendLine(inv, $"Word clusters ({config.Clusters}) were learned from the training corpora's words{(config.ClusterText.Count == 0 ? "." : " and this unlabelled text:")}");
            foreach (var t in config.ClusterText) sb.AppendLine(inv, $"- `{t}`");
            foreach (var format in config.ClusterText.Select(t => CorpusSpec.Parse(t).Format).Distinct().Where(f => !train.Any(t => t.Format == f)))
                sb.AppendLine(inv, $"  ({Corpora[format].Corpus} — {Corpora[format].Licence})");
        }
        if (reviews is not null)
        {
            var r = reviews.Reviews;
            sb.AppendLine();
            sb.AppendLine(inv, $"Reviewed articles from `{r.Database}`: **{reviews.Articles}** ({reviews.Sentences:N0} sentences, {reviews.Tokens:N0} tokens, {reviews.Entities:N0} entities),");
            sb.AppendLine(inv, $"{(r.CompletedOnly ? "completely reviewed ones only" : "completed and in-progress reviews (mentions not yet reviewed count as extracted)")}, each repeated {r.Weight}× in the training data;");
            sb.AppendLine("entities as they stand after the analysts' decisions (rejected mentions O; corrected spans and types and added mentions tagged), tokenised by the extraction pipeline.");
        }
        if (dev is not null) sb.AppendLine(inv, $"\nDevelopment (scores below): `{dev}`");
        sb.AppendLine();
        sb.AppendLine("## Features");
        sb.AppendLine();
        var f = model.Features;
        sb.AppendLine(inv, $"2^{f.HashBits} hashed slots. Word, lower-cased word, full and collapsed shape, case flags, length; prefixes and suffixes up to {f.AffixLength};");
        sb.AppendLine("sentence-first/last and all-caps-sentence markers");
        if (f.Window) sb.Append("; words at ±1, ±2, exact words and shapes at ±1, shape trigram");
        if (f.Bigrams) sb.Append("; word bigrams");
        if (f.Gazetteers) sb.Append(inv, $"; gazetteers ({model.Gazetteer.Count:N0} phrases: written facts {string.Join(", ", model.Gazetteer.Categories.Where(c => c.StartsWith(FactGazetteer.CategoryPrefix, StringComparison.Ordinal)).Select(c => c[FactGazetteer.CategoryPrefix.Length..]))} and training entities, out-of-fold by document in training) at 0, ±1, ±2");
        if (f.DocumentCasing) sb.Append("; document casing (capitalised word seen lower-case elsewhere, sentence-initial word seen capitalised mid-sentence elsewhere)");
        if (f.ContextAggregation) sb.Append("; context aggregation (the words at ±1 and ±2 and the shapes at ±1 around the same capitalised word's first eight other occurrences in the article)");
        if (f.DocumentHistory) sb.Append("; document history (types the same word got earlier in the article: gold in training, predictions when tagging)");
        if (f.Clusters && model.Clusters is not null) sb.Append(inv, $"; word clusters ({model.Clusters.Count:N0} words, {config.Clusters} k-means context clusters learned from unlabelled text) at 0, ±1");
        sb.AppendLine(".");
        sb.AppendLine();
        if (devScores is not null)
        {
            sb.AppendLine("## Scores on the development set");
            sb.AppendLine();
            sb.AppendLine("Exact span and type (conlleval), scores in percent:");
            sb.AppendLine();
            sb.Append(ScoreReport.Markdown(devScores));
            sb.AppendLine();
        }
        if (alsoScored is { Count: > 0 })
        {
            sb.AppendLine("## Scores on other sets");
            sb.AppendLine();
            sb.AppendLine("Exact span and type (conlleval), in percent, counting only the types each set annotates (the model's other types are neither");
            sb.AppendLine("false alarms nor misses there), so sets with fewer types compare with each other:");
            foreach (var (spec, scores) in alsoScored)
            {
                sb.AppendLine();
                sb.AppendLine(inv, $"`{spec}`");
                sb.AppendLine();
                sb.Append(ScoreReport.Markdown(scores));
            }
            sb.AppendLine();
        }
        sb.AppendLine("## Configuration");
        sb.AppendLine();
        sb.AppendLine("```json");
        sb.AppendLine(config.ToJson());
        sb.AppendLine("```");
        return sb.ToString();
    }
}
