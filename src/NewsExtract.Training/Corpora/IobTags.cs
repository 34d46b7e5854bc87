namespace NewsExtract.Training.Corpora;

/// <summary>Helpers for IOB tag sequences: normalising to IOB2, mapping types, reading spans back.</summary>
public static class IobTags
{
    /// <summary>The type of a tag ("B-PER" → "PER"), or null for O.</summary>
    public static string? TypeOf(string tag) => tag.Length > 2 && tag[1] == '-' ? tag[2..] : null;

    /// <summary>
    /// Maps each tag's type with <paramref name="map"/> (null = drop to O) and rewrites the result as IOB2: an I- that
    /// does not continue an entity of the same type becomes B-.
    /// </summary>
    public static string[] MapToIob2(IReadOnlyList<string> tags, Func<string, string?> map)
    {
        var result = new string[tags.Count];
        string? previousType = null;
        for (int i = 0; i < tags.Count; i++)
        {
            string tag = tags[i];
            string? raw = TypeOf(tag);
            string? type = raw is null ? null : map(raw);
            if (type is null)
            {
                result[i] = "O";
                previousType = null;
                continue;
            }
            bool begins = tag[0] == 'B' || tag[0] == 'S' || previousType != type;
            result[i] = (begins ? "B-" : "I-") + type;
            previousType = type;
        }
        return result;
    }

    /// <summary>The entity spans of <paramref name="tags"/> (see below), only those of <paramref name="onlyTypes"/> when given.</summary>
    public static List<(int Start, int End, string Type)> Spans(IReadOnlyList<string> tags, IReadOnlySet<string>? onlyTypes) =>
        onlyTypes is null ? Spans(tags) : [.. Spans(tags).Where(s => onlyTypes.Contains(s.Type))];

    /// <summary>Entity spans (start, end exclusive, type) of an IOB2 (or IOB1) sequence, conlleval-style.</summary>
    public static List<(int Start, int End, string Type)> Spans(IReadOnlyList<string> tags)
    {
        var spans = new List<(int, int, string)>();
        int start = -1;
        string? type = null;
        for (int i = 0; i <= tags.Count; i++)
        {
            string tag = i < tags.Count ? tags[i] : "O";
            string? t = TypeOf(tag);
            bool continues = t is not null && tag[0] == 'I' && t == type;
            if (type is not null && !continues)
            {
                spans.Add((start, i, type));
                type = null;
            }
            if (t is not null && !continues)
            {
                start = i;
                type = t;
            }
        }
        return spans;
    }

    /// <summary>IOB2 tags for <paramref name="count"/> tokens covered by non-overlapping typed token spans.</summary>
    public static string[] FromSpans(int count, IEnumerable<(int Start, int End, string Type)> spans)
    {
        var tags = new string[count];
        Array.Fill(tags, "O");
        foreach (var (start, end, type) in spans.OrderByDescending(s => s.End - s.Start).ThenBy(s => s.Start))
        {
            if (start < 0 || end > count || start >= end) continue;
            bool free = true;
            for (int i = start; i < end && free; i++) free = tags[i] == "O";
            if (!free) continue;
            tags[start] = "B-" + type;
            for (int i = start + 1; i < end; i++) tags[i] = "I-" + type;
        }
        return tags;
    }
}
