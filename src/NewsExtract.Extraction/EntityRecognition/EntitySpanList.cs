using NewsExtract.Core.Documents;

namespace NewsExtract.Extraction.EntityRecognition;

/// <summary>Edits of the refiner's span list that keep it in text order.</summary>
internal static class EntitySpanList
{
    /// <summary>Puts <paramref name="replacement"/> in the place of every span overlapping its tokens.</summary>
    public static void Replace(List<EntitySpan> spans, EntitySpan replacement)
    {
        int first = replacement.FirstToken, end = replacement.EndToken;
        spans.RemoveAll(s => s.FirstToken < end && s.EndToken > first);
        int at = spans.FindIndex(s => s.FirstToken >= end);
        spans.Insert(at < 0 ? spans.Count : at, replacement);
    }
}
