namespace NewsExtract.Training.Corpora;

/// <summary>
/// Joins the parts of hyphenated words that a treebank tokenisation split ("al" "-" "Sadr") back into one token
/// ("al-Sadr"), as the product's tokenizer keeps such words whole, so that a model is scored on the tokens it would see.
/// The sentence's original text decides: a hyphen token is joined only when the text writes it with no space on
/// either side. A hyphen between two numbers stays split (the product splits ranges such as "2017-2018"), and parts
/// are joined only when their tags agree: all outside, or one entity's first tag followed by its inside tags.
/// </summary>
public static class HyphenatedWordJoiner
{
    /// <summary>
    /// Joins in place; <paramref name="text"/> is the sentence's original text (null or not matching the tokens: no
    /// change). Tags are IOB2.
    /// </summary>
    public static void Join(string? text, List<string> words, List<string> tags)
    {
        if (text is null || words.Count < 3) return;
        var attachedToPrevious = AttachedToPrevious(text, words);
        if (attachedToPrevious is null) return;
        for (int i = words.Count - 2; i >= 1; i--)
        {
            if (!IsHyphen(words[i]) || !attachedToPrevious[i] || !attachedToPrevious[i + 1]) continue;
            if (IsNumber(words[i - 1]) && IsNumber(words[i + 1])) continue;
            if (!TagsAgree(tags[i - 1], tags[i], tags[i + 1])) continue;
            words[i - 1] = words[i - 1] + words[i] + words[i + 1];
            words.RemoveRange(i, 2);
            tags.RemoveRange(i, 2);
            attachedToPrevious.RemoveRange(i, 2);
            i--; // the joined word may itself be the right part of an earlier hyphen
        }
    }

    /// <summary>For each token, whether the text writes it right after the previous one; null when the tokens are not the text's.</summary>
    private static List<bool>? AttachedToPrevious(string text, List<string> words)
    {
        var attached = new List<bool>(words.Count);
        int at = 0;
        for (int i = 0; i < words.Count; i++)
        {
            int start = at;
            while (start < text.Length && char.IsWhiteSpace(text[start])) start++;
            if (string.CompareOrdinal(text, start, words[i], 0, words[i].Length) != 0) return null;
            attached.Add(i > 0 && start == at);
            at = start + words[i].Length;
        }
        return attached;
    }

    private static bool TagsAgree(string left, string hyphen, string right)
    {
        if (left == "O") return hyphen == "O" && right == "O";
        string? type = IobTags.TypeOf(left);
        return type is not null && hyphen == "I-" + type && right == "I-" + type;
    }

    private static bool IsHyphen(string word) => word is "-" or "\u2010" or "\u2011";

    private static bool IsNumber(string word) => word.Length > 0 && word.All(c => char.IsDigit(c) || c is '.' or ',');
}
