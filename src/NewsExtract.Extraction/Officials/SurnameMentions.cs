using System.Text.RegularExpressions;
using NewsExtract.Core.Documents;
using NewsExtract.Extraction.Text;

namespace NewsExtract.Extraction.Officials;

/// <summary>
/// Later mentions of a person by surname alone ("Amir-Abdollahian was appointed as …" after "Hossein
/// Amir-Abdollahian"): every whole-word occurrence of the last word of a person's full name that no entity claims
/// becomes a mention of that person, unless two people named share the surname.
/// </summary>
public static class SurnameMentions
{
    /// <summary>Adds the mentions in place; returns how many were added.</summary>
    public static int Add(Document document)
    {
        var people = document.Entities.Select((e, i) => (Entity: e, Index: i)).Where(p => p.Entity.Label == EntityLabels.Person).ToList();
        var surnames = people.Select(p => Surname(p.Entity.Name)).ToList();
        int added = 0;
        // the mentions already taken: the entities' own, then those added here (which never overlap one another)
        var taken = new RangeIndex([.. document.Entities.SelectMany(e => e.Mentions).Select(x => (x.Start, x.End))]);
        var takenHere = new DisjointRanges();
        for (int n = 0; n < people.Count; n++)
        {
            var surname = surnames[n];
            if (surname is null || surnames.Count(s => s == surname) > 1) continue;
            var person = document.Entities[people[n].Index];
            var more = new List<Mention>();
            foreach (Match m in Regex.Matches(document.Text, $@"(?<![\p{{L}}\-]){Regex.Escape(surname)}(?![\p{{L}}\-])"))
            {
                int start = m.Index, end = m.Index + m.Length;
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

    private static string? Surname(string name)
    {
        var words = name.Split(' ', StringSplitOptions.RemoveEmptyEntries);
        if (words.Length < 2) return null;
        var last = words[^1];
        return last.Length >= 3 && char.IsUpper(last[0]) && last.Skip(1).Any(char.IsLower) ? last : null;
    }
}
