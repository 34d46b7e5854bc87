using System.Globalization;
using System.Text;

namespace NewsExtract.Training.Html;

/// <summary>Writes the block classifier's model card: data and licence, command, seed, date, cross-validated scores, the features that matter most.</summary>
public static class BlockModelCard
{
    public static string Write(string command, BlockTrainingOptions options, int pages, int domains, long blocks, long positives,
        BlockCrossValidation cv, IReadOnlyList<(string Feature, double Gain)> importance, DateTimeOffset trainedAt)
    {
        var inv = CultureInfo.InvariantCulture;
        var s = new StringBuilder();
        s.AppendLine("# HTML block classifier (`html-blocks.json`)");
        s.AppendLine();
        s.AppendLine("What it does: decides, line by line, which text of a web page is its main content. The HTML extractor cuts the page");
        s.AppendLine("into blocks (the text between two block elements or line breaks), computes `BlockFeatures` for each (whether the");
        s.AppendLine("rule extractor kept the line; the line's length, link density, punctuation, digits and capitals; its depth, position,");
        s.AppendLine("tag and enclosing nav/footer/aside/list/table/article; class and id keywords of its ancestors; how often its item");
        s.AppendLine("markup repeats; its neighbours; the page as a whole) and keeps the blocks whose tree-ensemble score exceeds the");
        s.AppendLine("threshold. The trees are plain JSON evaluated by `BlockClassifierModel` (no ML.NET at run time); the file is");
        s.AppendLine("embedded in `NewsExtract.Ingestion` and needs nothing outside the repository.");
        s.AppendLine();
        s.AppendLine(string.Create(inv, $"Trained on {trainedAt:yyyy-MM-dd} with"));
        s.AppendLine();
        s.AppendLine("    " + command);
        s.AppendLine();
        s.AppendLine(string.Create(inv, $"ML.NET FastTree: {options.Trees} trees, {options.Leaves} leaves, at least {options.MinExamplesPerLeaf} examples per leaf, learning rate {options.LearningRate}, seed {options.Seed}, one thread; threshold {cv.Threshold} (raw score) chosen on the out-of-fold predictions."));
        s.AppendLine();
        s.AppendLine("Data and licence: the development split of WCXB, the web content extraction benchmark (Murrough Foley, 2026;");
        s.AppendLine("annotations CC BY 4.0, https://creativecommons.org/licenses/by/4.0/). The blocks were labelled from its `main_content`");
        s.AppendLine("annotations (a block is main content when its words occur in that order in the main text, or, from twelve words,");
        s.AppendLine(string.Create(inv, $"when 70% of them are words of it). {pages} pages from {domains} sites, {blocks} blocks, {positives} of them main content."));
        s.AppendLine("No page text ships: the file holds only tree splits on the numeric features and leaf values.");
        s.AppendLine();
        s.AppendLine(string.Create(inv, $"Cross-validation: {options.Folds} folds over sites (every site's pages in one fold), mean page word-F1 (WCXB metric) of the"));
        s.AppendLine("text the model keeps, against the rule extractor alone on the same pages:");
        s.AppendLine();
        s.Append(Scores(cv));
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

    /// <summary>The out-of-fold table: all pages, each fold, each page type, model against rules.</summary>
    public static string Scores(BlockCrossValidation cv)
    {
        var inv = CultureInfo.InvariantCulture;
        var s = new StringBuilder();
        s.AppendLine("| | pages | model | rules |");
        s.AppendLine("|---|---|---|---|");
        s.AppendLine(string.Create(inv, $"| all (out-of-fold) | {cv.PerFold.Sum(f => f.Pages)} | {cv.ModelF1:F3} | {cv.RulesF1:F3} |"));
        foreach (var (fold, n, model, rules) in cv.PerFold)
            s.AppendLine(string.Create(inv, $"| fold {fold} | {n} | {model:F3} | {rules:F3} |"));
        foreach (var (type, n, model, rules) in cv.PerPageType)
            s.AppendLine(string.Create(inv, $"| {type} | {n} | {model:F3} | {rules:F3} |"));
        return s.ToString();
    }
}
