using System.Text.RegularExpressions;
using NewsExtract.Core.Documents;
using NewsExtract.Extraction.Lexicons;

namespace NewsExtract.Extraction.Officials;

/// <summary>
/// "Northwind Shipping posted a loss … The company's chief executive X said": a title opened by a company or a bloc
/// named by its kind in the possessive ("the company's", "the firm's", "the bloc's") belongs to a body the text named
/// before it — the latest company (a name that is no state's or international body's) or the latest international
/// body. Such an officer serves no state the story's dateline gives: a company's state is the one its name gives, a
/// bloc's none. A bank is left out: "the bank's governor" is as often a state's central bank as a lender.
/// </summary>
public static partial class OwnerByKind
{
    /// <summary>Kinds of company written in the possessive before an officer's title.</summary>
    private static readonly HashSet<string> CompanyKinds = new(StringComparer.OrdinalIgnoreCase)
    {
        "company", "firm", "group", "corporation", "holding", "airline", "operator", "carrier", "insurer", "lender", "producer", "maker", "developer",
    };

    /// <summary>Kinds of international body written in the possessive before an officer's title.</summary>
    private static readonly HashSet<string> BlocKinds = new(StringComparer.OrdinalIgnoreCase) { "bloc", "alliance", "organisation", "organization" };

    /// <summary>The owner of an official's title when a body's kind in the possessive opens one of its titles; null otherwise.</summary>
    public static Owner? Of(Document document, OfficialDraft official)
    {
        foreach (var link in official.Links.OrderBy(l => l.Title.Start))
        {
            int start = link.Title.Start;
            var before = document.Text[Math.Max(0, start - 40)..start];
            var match = KindInPossessive().Match(before);
            if (!match.Success) continue;
            var kind = match.Groups["kind"].Value;
            bool company = CompanyKinds.Contains(kind);
            if (!company && !BlocKinds.Contains(kind)) continue;
            int at = start - before.Length + match.Index;
            var body = document.Entities
                .Where(e => e.Label == EntityLabels.Organization && (company ? IsCompany(e.Name) : InternationalBodies.IsNamedIn(e.Name)))
                .SelectMany(e => e.Mentions.Where(m => m.End <= at).Select(m => (e.Name, m.End)))
                .OrderByDescending(m => m.End).Select(m => m.Name).FirstOrDefault();
            return new Owner(company, body);
        }
        return null;
    }

    /// <summary>An organisation that may be a company: no international body, news agency or state body ("Ministry", "Government").</summary>
    private static bool IsCompany(string name)
    {
        if (InternationalBodies.IsNamedIn(name) || NewsAgencyLexicon.IsAgencyName(name)) return false;
        var words = name.Split(' ', StringSplitOptions.RemoveEmptyEntries);
        return !words.Any(TitleLexicon.IsStateBodyWord);
    }

    [GeneratedRegex(@"\b[Tt]he\s+(?<kind>\p{Ll}+)['’]s\s+$")]
    private static partial Regex KindInPossessive();

    /// <summary>Whether the owner is a company (else a bloc), and its name when the text gave one before the title.</summary>
    public sealed record Owner(bool IsCompany, string? Body);
}
