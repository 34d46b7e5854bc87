using NewsExtract.Core.Documents;
using NewsExtract.Extraction.Text;

namespace NewsExtract.Extraction.Officials;

/// <summary>
/// Later mentions of a person by surname alone ("Amir-Abdollahian was appointed as …" after "Hossein
/// Amir-Abdollahian"): every whole-word occurrence of the last word of a person's full name that no entity claims
/// becomes a mention of that person, unless two people named share the surname. The text is read once for all the
/// surnames, so the cost grows with its length, not with its length times the number of people.
/// </summary>
public static class SurnameMentions
{
    /// <summary>Adds the mentions in place; returns how many were added.</summary>
    public static int Add(Document document)
    {
        var people = document.Entities.Select((e, i) => (Entity: e, Index: i)).Where(p => p.Entity.Label == EntityLabels.Person).ToList();
        var surnames = people.Select(p => Surname(p.Entity.Name)).ToList();
        var namedBy = new Dictionary<string, int>(StringComparer.Ordinal);
        foreach (var surname in surnames)
            if (surname is not null) namedBy[surname] = namedBy.GetValueOrDefault(surname) + 1;
        var occurrences = Occurrences(document.Text, namedBy.Where(kv => kv.Value == 1).Select(kv => kv.Key));
        int added = 0;
        // the mentions already taken: the entities' own, then those added here (which never overlap one another)
        var taken = new RangeIndex([.. document.Entities.SelectMany(e => e.Mentions).Select(x => (x.Start, x.End))]);
        var takenHere = new DisjointRanges();
        for (int n = 0; n < people.Count; n++)
        {
            var surname = surnames[n];
            if (surname is null || namedBy[surname] > 1 || !occurrences.TryGetValue(surname, out var starts)) continue;
            var person = document.Entities[people[n].Index];
            var more = new List<Mention>();
            foreach (int start in starts)
            {
                int end = start + surname.Length;
                if (taken.Overlaps(start, end) || takenHere.Overlaps(start, end)) continue;
                more.Add(new Mention(start, end));
            }
            if (more.Count == 0) continue;
            foreach (var x in more) takenHere.Add(x.Start, x.End);
            document.Entities[people[n].Index] = person with { Mentions = [.. person.Mentions.Concat(more).OrderBy(x => x.Start)] };
            added += more.Count;
        }
        return added;
    }

    /// <summary>
    /// Where each surname is written as a whole word (neither letter nor hyphen right before or after it), in text
    /// order and not overlapping one another, found in one pass over the text: an occurrence starts where a run of
    /// letters and hyphens starts, so the surnames are looked up by the run they start with.
    /// </summary>
    private static Dictionary<string, List<int>> Occurrences(string text, IEnumerable<string> surnames)
    {
        var found = new Dictionary<string, List<int>>(StringComparer.Ordinal);
        var byLeadingRun = new Dictionary<string, List<string>>(StringComparer.Ordinal);
        foreach (var surname in surnames)
        {
            int run = RunEnd(surname, 0);
            if (!byLeadingRun.TryGetValue(surname[..run], out var list)) byLeadingRun[surname[..run]] = list = [];
            list.Add(surname);
        }
        if (byLeadingRun.Count == 0) return found;
        var lookup = byLeadingRun.GetAlternateLookup<ReadOnlySpan<char>>();
        var ends = new Dictionary<string, int>(StringComparer.Ordinal);
        for (int i = 0; i < text.Length;)
        {
            if (!IsNameChar(text[i])) { i++; continue; }
            int runEnd = RunEnd(text, i);
            if (lookup.TryGetValue(text.AsSpan(i, runEnd - i), out var candidates))
            {
                foreach (var surname in candidates)
                {
                    int end = i + surname.Length;
                    if (i < ends.GetValueOrDefault(surname) || !text.AsSpan(i).StartsWith(surname, StringComparison.Ordinal)) continue;
                    if (end < text.Length && IsNameChar(text[end])) continue;
                    if (!found.TryGetValue(surname, out var starts)) found[surname] = starts = [];
                    starts.Add(i);
                    ends[surname] = end;
                }
            }
            i = runEnd;
        }
        return found;
    }

    /// <summary>Where the run of letters and hyphens starting at <paramref name="start"/> ends.</summary>
    private static int RunEnd(string text, int start)
    {
        int i = start;
        while (i < text.Length && IsNameChar(text[i])) i++;
        return i;
    }

    private static bool IsNameChar(char c) => char.IsLetter(c) || c == '-';

    private static string? Surname(string name)
    {
        var words = name.Split(' ', StringSplitOptions.RemoveEmptyEntries);
        if (words.Length < 2) return null;
        var last = words[^1];
        return last.Length >= 3 && char.IsUpper(last[0]) && last.Skip(1).Any(char.IsLower) ? last : null;
    }
}
