using System.Text.RegularExpressions;
using NewsExtract.Core.Documents;

namespace NewsExtract.Extraction.Lexicons;

/// <summary>
/// The sentences of a document as character ranges: the sentence layer when the splitter ran, else a plain split
/// at sentence-final punctuation and blank lines (so the readers still work on a document without that layer).
/// </summary>
public static partial class SentenceRanges
{
    public static IReadOnlyList<(int Start, int End)> Of(Document document)
    {
        if (document.Sentences.Count > 0)
            return [.. document.Sentences.Select(s => (s.Start, s.End))];
        var ranges = new List<(int, int)>();
        int start = 0;
        foreach (Match m in Boundary().Matches(document.Text))
        {
            Add(document.Text, ranges, start, m.Index);
            start = m.Index + m.Length;
        }
        Add(document.Text, ranges, start, document.Text.Length);
        return ranges;
    }

    /// <summary>
    /// The index of the range that contains <paramref name="offset"/>, or -1, by bisection: the ranges are in text
    /// order and do not overlap (as <see cref="Of"/> gives them and <see cref="Document.SentenceIndexAt"/> assumes).
    /// </summary>
    public static int IndexAt(IReadOnlyList<(int Start, int End)> ranges, int offset)
    {
        int lo = 0, hi = ranges.Count - 1;
        while (lo <= hi)
        {
            int mid = (lo + hi) >>> 1;
            var r = ranges[mid];
            if (offset < r.Start) hi = mid - 1;
            else if (offset >= r.End) lo = mid + 1;
            else return mid;
        }
        return -1;
    }

    private static void Add(string text, List<(int, int)> ranges, int start, int end)
    {
        while (start < end && char.IsWhiteSpace(text[start])) start++;
        while (end > start && char.IsWhiteSpace(text[end - 1])) end--;
        if (end > start) ranges.Add((start, end));
    }

    [GeneratedRegex(@"(?<=[.!?][""”’)]?)\s+(?=[\p{Lu}""“‘(\d])|\n\s*\n")]
    private static partial Regex Boundary();
}
