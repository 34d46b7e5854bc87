using System.Globalization;
using System.Text;

namespace NewsExtract.Training.Html;

/// <summary>
/// The block classifier's out-of-fold scores as a TSV file, one block a line (page id, page type, site, fold, block
/// index, label, whether the rules kept it, score, text), so the decoding can be re-scored without training again
/// and errors counted by class. The text stays on the machine that wrote it: the file is not for the repository.
/// </summary>
public static class BlockScoreFile
{
    public static void Write(string path, IReadOnlyList<LabelledPage> pages, double[][] scores, Func<string, int> foldOf)
    {
        var inRule = Array.IndexOf(NewsExtract.Ingestion.Html.Blocks.BlockFeatures.Names, "inRuleText");
        using var writer = new StreamWriter(path, false, new UTF8Encoding(false));
        writer.WriteLine("id\ttype\tdomain\tfold\tblock\tlabel\tinRule\tdeclaredArticle\tscore\ttext");
        for (var p = 0; p < pages.Count; p++)
        {
            var page = pages[p];
            for (var b = 0; b < page.Blocks.Blocks.Count; b++)
            {
                var text = page.Blocks.Blocks[b].Text.Replace('\t', ' ').Replace('\n', ' ').Replace('\r', ' ');
                writer.WriteLine(string.Join('\t', page.Page.Id, page.Page.PageType, page.Page.Domain,
                    foldOf(page.Page.Domain).ToString(CultureInfo.InvariantCulture), b.ToString(CultureInfo.InvariantCulture),
                    page.Labels[b] ? "1" : "0", page.Blocks.Features[b][inRule] > 0 ? "1" : "0", page.Blocks.DeclaredArticle ? "1" : "0",
                    scores[p][b].ToString("R", CultureInfo.InvariantCulture), text));
            }
        }
    }

    /// <summary>The scores of <paramref name="pages"/>, which must be the pages the file was written for, block for block.</summary>
    public static double[][] Read(string path, IReadOnlyList<LabelledPage> pages)
    {
        var byPage = new Dictionary<string, List<double>>(StringComparer.Ordinal);
        foreach (var line in File.ReadLines(path).Skip(1))
        {
            var fields = line.Split('\t', 10);
            if (!byPage.TryGetValue(fields[0], out var list))
                byPage[fields[0]] = list = [];
            list.Add(double.Parse(fields[8], CultureInfo.InvariantCulture));
        }
        // a page without blocks writes no line
        return pages.Select(p => byPage.GetValueOrDefault(p.Page.Id, []) is var list && list.Count == p.Blocks.Blocks.Count
            ? list.ToArray()
            : throw new InvalidDataException($"{path}: the scores of page {p.Page.Id} do not match its {p.Blocks.Blocks.Count} blocks")).ToArray();
    }
}
