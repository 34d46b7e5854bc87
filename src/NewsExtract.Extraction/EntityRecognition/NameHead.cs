using NewsExtract.Core.Documents;

namespace NewsExtract.Extraction.EntityRecognition;

/// <summary>
/// The head of a capitalised name: its last capitalised word before the first lower-case "of", "for", "on" or "in"
/// ("Conference" of "International Conference for the Recovery of Vesta", "Street" of "Old Harbour Street").
/// </summary>
public static class NameHead
{
    /// <summary>The head's token index, or -1 when the span has none or is that one word alone.</summary>
    public static int Of(Document document, EntitySpan span)
    {
        int head = -1;
        for (int t = span.FirstToken; t < span.EndToken; t++)
        {
            var word = document.TextOf(document.Tokens[t]);
            if (word is "of" or "for" or "on" or "in") break;
            if (word.Length > 1 && char.IsUpper(word[0])) head = t;
        }
        return head == span.FirstToken && span.TokenCount == 1 ? -1 : head;
    }
}
