using System.Globalization;
using System.Text;

namespace NewsExtract.Training.Html;

/// <summary>Writes the title ranker's model card: data and licence, command, seed, date, cross-validated accuracy, the features that matter most.</summary>
public static class TitleModelCard
{
    public static string Write(string command, TitleTrainingOptions options, int pages, int domains, long candidates,
        TitleCrossValidation cv, IReadOnlyList<(string Feature, double Gain)> importance, DateTimeOffset trainedAt)
    {
        var inv = CultureInfo.InvariantCulture;
        var s = new StringBuilder();
        s.AppendLine("# HTML title ranker (`html-titles.json`)");
        s.AppendLine();
        s.AppendLine("What it does: picks a page's headline among its candidates (`TitleCandidates`): the `<h1>` headings, the OpenGraph");
        s.AppendLine("and Twitter titles, the JSON-LD headline, the document `<title>` whole and each part around a separator (\"Headline |");
        s.AppendLine("Site\"), the OpenGraph title's parts, the `<title>` and OpenGraph title without the site's name at either end (the declared");
        s.AppendLine("name or the whole host even with no separator, the host's label only behind a separator), the first `<h1>` without a short");
        s.AppendLine("label before a colon, the first `<h2>`. The same words from several places are one candidate that");
        s.AppendLine("knows all its places; each text is read as a reader sees it (`TitleText`: entities decoded, again when a title was");
        s.AppendLine("encoded twice, \"TFC8&reg;\" for TFC8®; soft hyphens removed). `TitleFeatures` describe each: its places, how it overlaps the other titles, whether it looks");
        s.AppendLine("like the site's own name (`og:site_name`, the host), where a heading sits (header, link, logo, inside an `<article>`");
        s.AppendLine("or `<main>`, split by a line break, which parts its words), its length and capitals, how it agrees with the page's");
        s.AppendLine("other candidates (contained in or containing them, its best word overlap with any, a twin that differs only in");
        s.AppendLine("typographic quotes and dashes), whether it holds a year, extends or cuts the first `<h1>`. The candidate with the highest");
        s.AppendLine("tree-ensemble score is the title. The trees are plain JSON evaluated by");
        s.AppendLine("`TitleRankerModel` (no ML.NET at run time), embedded in `NewsExtract.Ingestion`.");
        s.AppendLine();
        s.AppendLine(string.Create(inv, $"Trained on {trainedAt:yyyy-MM-dd} with"));
        s.AppendLine();
        s.AppendLine("    " + command);
        s.AppendLine();
        s.AppendLine(string.Create(inv, $"ML.NET FastTree (binary: is this candidate the title?): {options.Trees} trees, {options.Leaves} leaves, at least {options.MinExamplesPerLeaf} examples per leaf, learning rate {options.LearningRate}, seed {options.Seed}, one thread."));
        s.AppendLine();
        s.AppendLine("Data and licence: the development split of WCXB, the web content extraction benchmark (Murrough Foley, 2026;");
        s.AppendLine("annotations CC BY 4.0, https://creativecommons.org/licenses/by/4.0/). A candidate is labelled right when it equals");
        s.AppendLine(string.Create(inv, $"the annotated title after whitespace and case normalisation. {pages} pages with a title from {domains} sites, {candidates} candidates."));
        s.AppendLine("No page text ships: the file holds only tree splits on the numeric features and leaf values.");
        s.AppendLine();
        s.AppendLine(string.Create(inv, $"Cross-validation: {options.Folds} folds over sites (every site's pages in one fold); share of pages whose title is exactly"));
        s.AppendLine(string.Create(inv, $"right, the ranker out of fold against the rules alone (h1 when the metadata agrees, else og:title, JSON-LD, `<title>`"));
        s.AppendLine(string.Create(inv, $"without its site name). Some candidate is right on {cv.Reachable:F3} of the pages: the ceiling for both."));
        s.AppendLine();
        s.AppendLine("| | pages | ranker | rules |");
        s.AppendLine("|---|---|---|---|");
        s.AppendLine(string.Create(inv, $"| all (out-of-fold) | {pages} | {cv.ModelAccuracy:F3} | {cv.RulesAccuracy:F3} |"));
        foreach (var (fold, n, model, rules) in cv.PerFold)
            s.AppendLine(string.Create(inv, $"| fold {fold} | {n} | {model:F3} | {rules:F3} |"));
        foreach (var (type, n, model, rules) in cv.PerPageType)
            s.AppendLine(string.Create(inv, $"| {type} | {n} | {model:F3} | {rules:F3} |"));
        s.AppendLine();
        s.AppendLine("The shipped model is then trained on all pages; scoring it on the same WCXB dev pages (`evaluate html`) is");
        s.AppendLine("in-sample and says less than the folds above.");
        s.AppendLine();
        s.AppendLine("Features with the largest gain (FastTree):");
        s.AppendLine();
        foreach (var (feature, gain) in importance.Take(15))
            s.AppendLine(string.Create(inv, $"- `{feature}` {gain:F3}"));
        return s.ToString();
    }
}
