using System.Text.RegularExpressions;

namespace NewsExtract.Extraction.Events;

/// <summary>
/// The stage of a case a court-case sentence reports, read from its first stage word: an arrest or detention, a
/// charge or suit, a judgment (verdict, sentence, fine), an appeal, or a sanction or ban. A story often tells several
/// stages of one case (arrested in March, charged in May, sentenced today, to appeal), and each is a happening of
/// its own; a sentence with no stage word has none (null). An appeals court or a court of appeal names a court, not
/// a stage.
/// </summary>
public static partial class LegalStages
{
    public const string Arrest = "arrest", Charge = "charge", Judgment = "judgment", Appeal = "appeal", Sanction = "sanction";

    public static string? Of(string sentence)
    {
        var match = StageWord().Match(sentence);
        if (!match.Success) return null;
        if (match.Groups["arrest"].Success) return Arrest;
        if (match.Groups["charge"].Success) return Charge;
        if (match.Groups["judgment"].Success) return Judgment;
        if (match.Groups["appeal"].Success) return Appeal;
        return Sanction;
    }

    [GeneratedRegex(@"\b(?:(?<arrest>arrest(?:ed|s)?|detain(?:ed)?|detention|custody|apprehended)|(?<charge>charged|charges|indicted|indictment|accused|prosecuted|lawsuit|sued)|(?<judgment>sentenced|convicted|acquitted|verdict|guilty|fined|overturned|upheld)|(?<appeal>appeal(?:ed|s)?(?!\s+court)(?<!court of appeals?))|(?<sanction>sanctions?|banned))\b", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex StageWord();
}
