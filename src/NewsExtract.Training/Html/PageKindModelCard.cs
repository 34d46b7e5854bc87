using System.Globalization;
using System.Text;

namespace NewsExtract.Training.Html;

/// <summary>Writes the page-kind classifier's model card: data and licence, command, seed, date, out-of-fold rates against the declared-type rules, the features that matter most.</summary>
public static class PageKindModelCard
{
    public static string Write(string command, PageKindTrainingOptions options, int pages, int domains, int articles,
        PageKindCrossValidation cv, IReadOnlyList<(string Feature, double Gain)> importance, DateTimeOffset trainedAt)
    {
        var inv = CultureInfo.InvariantCulture;
        var s = new StringBuilder();
        s.AppendLine("# HTML page-kind classifier (`html-page-kinds.json`)");
        s.AppendLine();
        s.AppendLine("What it does: tells an article page from a listing, section front, collection, forum thread, product, service or");
        s.AppendLine("documentation page, so the worker records \"not an article\" (with the reason) instead of a record for the");
        s.AppendLine("others. `PageKindFeatures` describe the whole page: what it declares (`og:type`, schema.org types in its JSON-LD),");
        s.AppendLine("whether it has a publication date and an author, its address (depth, a date, a long slug), the rule extractor's");
        s.AppendLine("body (words, paragraphs, share ending like sentences, share of the page) and the page's layout (share of words in");
        s.AppendLine("links, linked headings, list items, form controls, prices, `<article>` and `<time>` elements). A page scoring above");
        s.AppendLine("the threshold is an article. The trees are plain JSON evaluated by `PageKindModel` (no ML.NET at run time),");
        s.AppendLine("embedded in `NewsExtract.Ingestion`.");
        s.AppendLine();
        s.AppendLine(string.Create(inv, $"Trained on {trainedAt:yyyy-MM-dd} with"));
        s.AppendLine();
        s.AppendLine("    " + command);
        s.AppendLine();
        s.AppendLine(string.Create(inv, $"ML.NET FastTree (binary: is this page an article?): {options.Trees} trees, {options.Leaves} leaves, at least {options.MinExamplesPerLeaf} examples per leaf, learning rate {options.LearningRate}, seed {options.Seed}, one thread."));
        s.AppendLine();
        s.AppendLine("Data and licence: the development split of WCXB, the web content extraction benchmark (Murrough Foley, 2026;");
        s.AppendLine("annotations CC BY 4.0, https://creativecommons.org/licenses/by/4.0/), whose pages carry an annotated page type.");
        s.AppendLine(string.Create(inv, $"{pages} pages from {domains} sites, {articles} of them articles. No page text ships: the file holds only tree"));
        s.AppendLine("splits on the numeric features and leaf values.");
        s.AppendLine();
        s.AppendLine(string.Create(inv, $"Cross-validation: {options.Folds} folds over sites (every site's pages in one fold). The threshold ({cv.Threshold:F3}) is the"));
        s.AppendLine(string.Create(inv, $"highest out-of-fold score that keeps at least {options.ArticlesKept:P0} of the article pages (losing a real article costs more"));
        s.AppendLine("than letting a listing through). Out of fold, against the rules that trust what the page declares:");
        s.AppendLine();
        s.AppendLine("| | articles kept | other pages refused | balanced |");
        s.AppendLine("|---|---|---|---|");
        s.AppendLine(string.Create(inv, $"| classifier (out-of-fold) | {cv.Model.ArticlesKept:F3} | {cv.Model.OthersRefused:F3} | {cv.Model.Balanced:F3} |"));
        s.AppendLine(string.Create(inv, $"| rule: declares an article (og:type or JSON-LD) | {cv.DeclaredRule.ArticlesKept:F3} | {cv.DeclaredRule.OthersRefused:F3} | {cv.DeclaredRule.Balanced:F3} |"));
        s.AppendLine(string.Create(inv, $"| rule: declares an article or has a publication date | {cv.DeclaredOrDatedRule.ArticlesKept:F3} | {cv.DeclaredOrDatedRule.OthersRefused:F3} | {cv.DeclaredOrDatedRule.Balanced:F3} |"));
        s.AppendLine(string.Create(inv, $"| classifier keeping as many articles as the first rule | {cv.DeclaredRule.ArticlesKept:F3} | {cv.ModelRefusedAtDeclaredRuleKeep:F3} | |"));
        foreach (var (fold, n, rates) in cv.PerFold)
            s.AppendLine(string.Create(inv, $"| fold {fold} ({n} pages) | {rates.ArticlesKept:F3} | {rates.OthersRefused:F3} | {rates.Balanced:F3} |"));
        s.AppendLine();
        s.AppendLine("Other operating points (out of fold): share of articles kept → threshold, other pages refused:");
        s.AppendLine();
        foreach (var (kept, threshold, refused) in cv.Curve)
            s.AppendLine(string.Create(inv, $"- {kept:F2} → {threshold:F3}, {refused:F3}"));
        s.AppendLine();
        s.AppendLine("Share of each annotated page type judged an article (out of fold; the declared-type rule beside it):");
        s.AppendLine();
        s.AppendLine("| page type | pages | classifier | rule |");
        s.AppendLine("|---|---|---|---|");
        foreach (var (type, n, model, rule) in cv.PerPageType)
            s.AppendLine(string.Create(inv, $"| {type} | {n} | {model:F3} | {rule:F3} |"));
        s.AppendLine();
        s.AppendLine("Features with the largest gain (FastTree):");
        s.AppendLine();
        foreach (var (feature, gain) in importance.Take(15))
            s.AppendLine(string.Create(inv, $"- `{feature}` {gain:F3}"));
        return s.ToString();
    }
}
