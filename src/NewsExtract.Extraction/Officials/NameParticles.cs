using System.Text.RegularExpressions;
using NewsExtract.Core.Documents;

namespace NewsExtract.Extraction.Officials;

/// <summary>
/// Completes people's names cut at a lower-case name particle: "Yousef bin Ibrahim al" + " Bassam", "Darwish bin
/// Ismaeel" + " al Balushi", "Ahmed" + " al-Sabah". A mention that ends in a particle takes the capitalised word after
/// it; a mention followed by one or two particles and a capitalised word takes them ("Ursula" + " von der Leyen"), or by a hyphenated name ("Young-se",
/// "Al-Jaber") that one. Nothing another person or a longer entity
/// claims is taken; a place or body made only of those words ("Balushi") loses that mention (and goes when it has no other).
/// The person's name becomes the longest mention.
/// </summary>
public static partial class NameParticles
{
    private static readonly HashSet<string> Particles = new(StringComparer.Ordinal)
    {
        "al", "el", "bin", "bint", "ibn", "ben", "abu", "de", "da", "di", "du", "van", "von", "der", "den", "dos", "das", "la", "le",
    };

    /// <summary>True for a lower-case name particle ("al", "bin", "van").</summary>
    public static bool IsParticle(string word) => Particles.Contains(word);

    /// <summary>Extends the people's mentions of the document in place; returns how many mentions grew.</summary>
    public static int Complete(Document document)
    {
        int grown = 0;
        for (int e = 0; e < document.Entities.Count; e++)
        {
            var person = document.Entities[e];
            if (person.Label != EntityLabels.Person) continue;
            var mentions = new List<Mention>(person.Mentions.Count);
            bool changed = false;
            foreach (var m in person.Mentions)
            {
                int end = m.End;
                for (int next = ExtendedEnd(document, m, e); next != end; next = ExtendedEnd(document, new Mention(m.Start, end), e))
                    end = next;
                changed |= end != m.End;
                mentions.Add(end == m.End ? m : new Mention(m.Start, end));
            }
            if (!changed) continue;
            grown += mentions.Count(m => !person.Mentions.Contains(m));
            document.Entities.RemoveAll(x => x.Mentions.Count == 0);
            e = document.Entities.IndexOf(person);
            var longest = mentions.MaxBy(m => m.End - m.Start)!;
            var name = string.Join(' ', document.Slice(longest.Start, longest.End).Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries));
            document.Entities[e] = person with { Name = name.Length > person.Name.Length ? name : person.Name, Mentions = mentions };
        }
        return grown;
    }

    private static int ExtendedEnd(Document document, Mention m, int self)
    {
        var text = document.Text;
        var mention = text[m.Start..m.End];
        int lastSpace = mention.LastIndexOf(' ');
        var lastWord = lastSpace < 0 ? mention : mention[(lastSpace + 1)..];
        var rest = text[m.End..Math.Min(text.Length, m.End + 40)];
        // up to two particles, then a capitalised word: "Ursula" + " von der Leyen", "Hendrik van" + " der Berg"; after a
        // mention that does not end in a particle at least one must stand between
        var match = ParticlesAndWord().Match(rest);
        if (match.Success)
        {
            var particles = match.Groups["particle"].Captures;
            if ((particles.Count == 0 && !Particles.Contains(lastWord)) || particles.Any(p => !Particles.Contains(p.Value))) match = Match.Empty;
        }
        // a hyphenated given name or family name the recogniser left out: "Kwon" + " Young-se", "Sabah Al-Ahmad" + " Al-Jaber"
        if (!match.Success && HyphenatedName().Match(rest) is { Success: true } hyphenated && !NotNameSuffixes.Contains(hyphenated.Groups["tail"].Value.ToLowerInvariant()))
            match = hyphenated;
        if (!match.Success) return m.End;
        int end = m.End + match.Length;
        for (int i = 0; i < document.Entities.Count; i++)
        {
            if (i == self) continue;
            var other = document.Entities[i];
            // another person, or anything reaching past the name, keeps its words
            if (other.Mentions.Any(x => x.Start < end && m.End < x.End && (other.Label == EntityLabels.Person || x.Start < m.End || x.End > end))) return m.End;
        }
        // a surname the recogniser took for a place or body alone ("al Balushi" → "Balushi") belongs to the name
        for (int i = 0; i < document.Entities.Count; i++)
        {
            var other = document.Entities[i];
            if (i == self || !other.Mentions.Any(x => x.Start >= m.End && x.End <= end)) continue;
            document.Entities[i] = other with { Mentions = [.. other.Mentions.Where(x => !(x.Start >= m.End && x.End <= end))] };
        }
        return end;
    }

    /// <summary>Second parts of hyphenated words that make an adjective, not a name ("Moscow-based").</summary>
    private static readonly HashSet<string> NotNameSuffixes = new(StringComparer.Ordinal)
    {
        "based", "owned", "led", "born", "made", "run", "backed", "funded", "linked", "related", "style", "era", "bound", "wide",
    };

    [GeneratedRegex(@"^ \p{Lu}\p{Ll}+-(?<tail>\p{L}\p{Ll}+)(?![\p{L}-])")]
    private static partial Regex HyphenatedName();

    [GeneratedRegex(@"^(?: (?<particle>\p{Ll}+)){0,2}[ -]\p{Lu}[\p{L}’'-]*")]
    private static partial Regex ParticlesAndWord();
}
