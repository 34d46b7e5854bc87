using System.Globalization;
using System.Text;
using NewsExtract.Extraction.Language;

namespace NewsExtract.Training.Register;

/// <summary>Writes the register classifier's model card: data and licences, command, seed, date, cross-validated rates per corpus, threshold and weights.</summary>
public static class TextRegisterModelCard
{
    /// <summary>How often each corpus's documents are judged web writing, out of fold (trained corpora) or by the final model (measured only).</summary>
    public sealed record CorpusRate(string Corpus, bool? IsWeb, int Documents, double JudgedWeb, bool OutOfFold);

    public static string Write(TextRegisterModel model, TextRegisterTrainingOptions options, string command, IReadOnlyList<CorpusRate> rates, DateTimeOffset date)
    {
        var inv = CultureInfo.InvariantCulture;
        var sb = new StringBuilder();
        sb.AppendLine(inv, $"# Text register classifier ({model.Version})");
        sb.AppendLine();
        sb.AppendLine("What it does: judges whether a document is edited news copy or informal web writing (forum posts, reviews,");
        sb.AppendLine("e-mail, chat, blog comments, answers) from style rates that ignore the topic (`TextRegisterFeatures`: first and");
        sb.AppendLine("second person, contractions, questions, exclamations, lower-case sentence starts and \"i\", doubled punctuation,");
        sb.AppendLine("reported speech, numbers, capitalised words). The entity recogniser tags web writing with its");
        sb.AppendLine("`web` annotation domain's weights (the conventions of `corpus/web`), news with the shared weights.");
        sb.AppendLine("One logistic regression (ML.NET L-BFGS) over the standardised rates, each class weighted to the same total.");
        sb.AppendLine();
        sb.AppendLine(inv, $"Trained on {date:yyyy-MM-dd} with");
        sb.AppendLine();
        sb.AppendLine(inv, $"    {command}");
        sb.AppendLine();
        sb.AppendLine(inv, $"(seed {options.Seed}, {options.Folds} folds with a document in one fold, L1 {options.L1.ToString(inv)}, L2 {options.L2.ToString(inv)}; threshold chosen out of fold so that at most {options.MaxNewsAsWeb:P1} of the news documents are judged web writing.)");
        sb.AppendLine();
        sb.AppendLine(inv, $"Data and licences (only the rates of whole documents reach the model: {TextRegisterFeatures.Names.Length} means, spreads and weights; no text):");
        sb.AppendLine("- web writing: `corpus/web/*.iob2`, invented texts written for this project in seven registers.");
        sb.AppendLine("- news: `corpus/gold` (written for this project); GMB (Voice of America news, public domain texts); MEANTIME");
        sb.AppendLine("  (Wikinews, CC BY 4.0, FBK / VU Amsterdam / UPV-EHU); re3d (Dstl; public domain / OGL v3 / CC BY parts); the tune");
        sb.AppendLine("  part 101–145 of `../shared/data/agency-dev` (real agency copy, for training and evaluation only).");
        sb.AppendLine();
        sb.AppendLine(inv, $"Threshold: web writing at probability ≥ {model.Threshold:F4}.");
        sb.AppendLine();
        sb.AppendLine("| corpus | class | documents | judged web writing | how |");
        sb.AppendLine("|---|---|---:|---:|---|");
        foreach (var r in rates)
            sb.AppendLine(inv, $"| `{r.Corpus}` | {(r.IsWeb is { } web ? web ? "web" : "news" : "—")} | {r.Documents} | {r.JudgedWeb:P1} | {(r.OutOfFold ? "out of fold" : "final model, never trained on")} |");
        sb.AppendLine();
        sb.AppendLine("Weights (per standard deviation of the feature; positive leans to web writing):");
        sb.AppendLine();
        sb.AppendLine("| feature | mean | spread | weight |");
        sb.AppendLine("|---|---:|---:|---:|");
        foreach (var i in Enumerable.Range(0, TextRegisterFeatures.Names.Length).OrderByDescending(i => Math.Abs(model.Weights[i])))
            sb.AppendLine(inv, $"| {TextRegisterFeatures.Names[i]} | {model.Means[i]:F4} | {model.Scales[i]:F4} | {model.Weights[i]:+0.000;-0.000;0} |");
        sb.AppendLine(inv, $"| (bias) | | | {model.Bias:+0.000;-0.000;0} |");
        return sb.ToString();
    }
}
