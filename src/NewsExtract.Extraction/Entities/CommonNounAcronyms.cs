using System.Text.RegularExpressions;

namespace NewsExtract.Extraction.Entities;

/// <summary>
/// Acronyms the text defines for a thing, not a body: one in brackets right after a phrase of lower-case words
/// ("memoranda of understanding (MoU)", "foreign direct investment (FDI)", "micro, small, and medium enterprises
/// (MSMEs)"). A body's name is capitalised ("State Customs Committee (SCC)"), so such an acronym, wherever the text
/// uses it, names no organisation (nor a place or a person, whatever the recogniser called it).
/// </summary>
public static partial class CommonNounAcronyms
{
    /// <summary>The acronyms <paramref name="text"/> defines after lower-case phrases.</summary>
    public static HashSet<string> In(string text)
    {
        var found = new HashSet<string>(StringComparer.Ordinal);
        foreach (Match m in DefinedAfterLowerCase().Matches(text)) found.Add(m.Groups["acronym"].Value);
        return found;
    }

    // two to seven lower-case words (commas and hyphens between them), a space, then the acronym in brackets
    [GeneratedRegex(@"(?<![\p{L}\p{N}])\p{Ll}+(?:[ ,\-]+\p{Ll}+){1,6} \((?<acronym>\p{Lu}[\p{L}]{1,7})\)")]
    private static partial Regex DefinedAfterLowerCase();
}
