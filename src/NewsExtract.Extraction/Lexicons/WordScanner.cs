namespace NewsExtract.Extraction.Lexicons;

/// <summary>
/// Splits a stretch of text into words and single punctuation marks for the rule-based readers (titles, money
/// context, event cues). A word is a run of letters and digits that may hold inner hyphens, apostrophes and dots
/// ("ex-minister", "Azerbaijan's", "U.S.", and a capitalised plural's possessive before a capital, "Workers' Union"); every other non-space character is a word of its own. It does not depend
/// on the tokenizer so the readers give the same answer whichever tokenizer ran before them.
/// </summary>
public static class WordScanner
{
    public static List<TextWord> Scan(string text, int start, int end)
    {
        // about one word or mark per six characters in news text: room for most stretches without growing the list
        var words = new List<TextWord>(Math.Max(4, (end - start) / 5));
        int i = start;
        while (i < end)
        {
            char c = text[i];
            if (char.IsWhiteSpace(c)) { i++; continue; }
            if (!char.IsLetterOrDigit(c))
            {
                words.Add(new TextWord(i, i + 1));
                i++;
                continue;
            }
            int j = i + 1;
            while (j < end)
            {
                char d = text[j];
                if (char.IsLetterOrDigit(d)) { j++; continue; }
                if (IsInnerMark(d) && j + 1 < end && char.IsLetterOrDigit(text[j + 1])) { j += 2; continue; }
                break;
            }
            if (IsPluralPossessiveMark(text, j, end) && char.IsUpper(text[i])) j++;
            words.Add(new TextWord(i, j));
            i = j;
        }
        return words;
    }

    private static bool IsInnerMark(char c) => c is '-' or '\'' or '’' or '.' or '‑';

    /// <summary>
    /// The apostrophe of a capitalised plural in the possessive inside a name ("Workers' Union", "Forces' General
    /// Staff"): right after an "s", then a space and a capital. It stays with its word, as the "'s" of "Azerbaijan's" does.
    /// </summary>
    private static bool IsPluralPossessiveMark(string text, int at, int end) =>
        at + 2 < end && text[at] is '\'' or '’' && text[at - 1] == 's' && text[at + 1] == ' ' && char.IsUpper(text[at + 2]);
}
