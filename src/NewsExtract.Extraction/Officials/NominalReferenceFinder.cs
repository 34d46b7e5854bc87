using System.Text.RegularExpressions;

namespace NewsExtract.Extraction.Officials;

/// <summary>
/// Finds definite nominal references to office holders ("the minister", "The ambassador", "the deputy prime
/// minister") and tells which official's title is compatible with one: the reference's words must appear in the
/// title, and the title must not add "deputy", "vice" or "prime" that the reference lacks (a deputy minister is not
/// "the minister" when a minister is in the story).
/// </summary>
public static partial class NominalReferenceFinder
{
    private static readonly string[] Restrictive = ["deputy", "vice", "prime"];

    public static IEnumerable<NominalReference> Find(string text)
    {
        foreach (Match m in Pattern().Matches(text))
        {
            int after = m.Index + m.Length;
            // "the Minister of Economy Mikayil Jabbarov" is a title, not a reference; "the minister's" is fine
            var rest = text.AsSpan(after);
            if (rest.StartsWith(" of ", StringComparison.Ordinal) || rest.StartsWith(" for ", StringComparison.Ordinal)) continue;
            if (rest.Length > 1 && rest[0] == ' ' && char.IsUpper(rest[1])) continue;
            yield return new NominalReference(m.Index, after, Regex.Replace(m.Groups["head"].Value.ToLowerInvariant(), @"[\s-]+", " "));
        }
    }

    public static bool IsCompatible(NominalReference reference, string title)
    {
        var titleWords = Regex.Replace(title.ToLowerInvariant(), @"[^\p{L}\p{N}]+", " ").Trim();
        var padded = " " + titleWords + " ";
        if (!padded.Contains(" " + reference.Head + " ", StringComparison.Ordinal)) return false;
        foreach (var word in Restrictive)
            if (padded.Contains(" " + word + " ", StringComparison.Ordinal) && !(" " + reference.Head + " ").Contains(" " + word + " ", StringComparison.Ordinal))
                return false;
        return true;
    }

    [GeneratedRegex(@"\b[Tt]he\s+(?<head>(?:(?:first|deputy|vice|prime|foreign|acting|former)[\s-]+)*(?:minister|ambassador|president|chairman|chairwoman|governor|mayor|envoy|premier|ceo|CEO|director[\s-]general|director|spokesperson|spokesman|spokeswoman|judge|prosecutor|khokim|hokim|akim|secretary[\s-]general|secretary|commissioner|consul|speaker|rector|head))\b(?!-)", RegexOptions.IgnoreCase)]
    private static partial Regex Pattern();
}
