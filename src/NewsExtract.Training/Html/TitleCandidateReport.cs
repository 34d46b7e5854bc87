using System.Globalization;
using System.Text;

namespace NewsExtract.Training.Html;

/// <summary>
/// Writes every page's title candidates with their out-of-fold scores as TSV (page id, site, page type, fold, the true
/// title, candidate, its first place, all its places, whether it is right, its score, whether the ranker chose it),
/// pages whose chosen title is wrong first: the material for counting the ranker's errors by class.
/// </summary>
public static class TitleCandidateReport
{
    public static void Write(string path, IReadOnlyList<TitlePage> pages, TitleCrossValidation cv, Func<string, int> foldOf)
    {
        var inv = CultureInfo.InvariantCulture;
        var s = new StringBuilder();
        s.AppendLine("id\tdomain\ttype\tfold\ttruth\tcandidate\tsource\tplaces\tright\tscore\tchosen");
        var order = Enumerable.Range(0, pages.Count).OrderBy(i => ChosenIsRight(pages[i], cv.OutOfFoldScores[i]) ? 1 : 0).ThenBy(i => pages[i].Page.Id, StringComparer.Ordinal);
        foreach (var i in order)
        {
            var page = pages[i];
            var scores = cv.OutOfFoldScores[i];
            var chosen = Chosen(scores);
            for (var c = 0; c < page.Candidates.Count; c++)
            {
                var candidate = page.Candidates[c];
                var places = string.Join(',', PlaceNames.Where(n => candidate.Features[Ingestion.Html.Titles.TitleFeatures.Index(n)] > 0));
                s.Append(page.Page.Id).Append('\t').Append(page.Page.Domain).Append('\t').Append(page.Page.PageType).Append('\t')
                    .Append((foldOf(page.Page.Domain) + 1).ToString(inv)).Append('\t').Append(Tsv(page.Page.Title)).Append('\t')
                    .Append(Tsv(candidate.Text)).Append('\t').Append(candidate.Source).Append('\t').Append(places).Append('\t')
                    .Append(page.Labels[c] ? '1' : '0').Append('\t').Append(scores[c].ToString("F3", inv)).Append('\t')
                    .Append(c == chosen ? '1' : '0').AppendLine();
            }
        }
        File.WriteAllText(path, s.ToString());
    }

    private static readonly string[] PlaceNames =
        ["fromH1First", "fromH1Other", "fromOgTitle", "fromTwitterTitle", "fromJsonLdHeadline", "fromDocTitle", "fromDocTitlePart", "fromOgTitlePart", "fromH1Part", "fromH2First", "fromTitleWithoutSite", "fromH1WithoutLabel"];

    private static int Chosen(double[] scores)
    {
        var best = -1;
        for (var c = 0; c < scores.Length; c++)
        {
            if (best < 0 || scores[c] > scores[best])
                best = c;
        }
        return best;
    }

    private static bool ChosenIsRight(TitlePage page, double[] scores) => Chosen(scores) is var c and >= 0 && page.Labels[c];

    private static string Tsv(string? text) => (text ?? "").Replace('\t', ' ').Replace('\n', ' ').Replace('\r', ' ');
}
