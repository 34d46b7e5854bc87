using NewsExtract.Core.Documents;

namespace NewsExtract.Extraction.Officials;

/// <summary>
/// Joins a person written with initials ("H. Lombardi", "D.Abayev") to the person written in full with the same
/// surname and matching first letters ("Hernan Lombardi"), when exactly one such person is named: agency copy names an
/// official in full first and by initial later. The full name stays; its mentions gain the initialled ones.
/// </summary>
public static class InitialedNames
{
    /// <summary>Merges such people in the document's entities; returns how many were merged.</summary>
    public static int Merge(Document document)
    {
        int merged = 0;
        for (int i = document.Entities.Count - 1; i >= 0; i--)
        {
            var short_ = document.Entities[i];
            if (short_.Label != EntityLabels.Person || Split(short_.Name) is not { } initialled || initialled.Initials.Length == 0) continue;
            var full = document.Entities.Where(e => e.Label == EntityLabels.Person && !ReferenceEquals(e, short_) && Matches(e.Name, initialled)).ToList();
            if (full.Count != 1) continue;
            PersonJoin.Into(document, i, full[0]);
            merged++;
        }
        return merged;
    }

    /// <summary>"H. Lombardi" → (["H"], "Lombardi"); null when the name does not start with initials and end in a surname.</summary>
    private static (string[] Initials, string Surname)? Split(string name)
    {
        var parts = name.Replace(".", ". ", StringComparison.Ordinal).Split(' ', StringSplitOptions.RemoveEmptyEntries);
        if (parts.Length < 2) return null;
        var initials = parts[..^1];
        if (!initials.All(p => p.Length == 2 && char.IsUpper(p[0]) && p[1] == '.')) return null;
        var surname = parts[^1];
        if (surname.Length < 2 || !char.IsUpper(surname[0])) return null;
        return ([.. initials.Select(p => p[..1])], surname);
    }

    private static bool Matches(string fullName, (string[] Initials, string Surname) initialled)
    {
        var words = fullName.Split(' ', StringSplitOptions.RemoveEmptyEntries);
        if (words.Length < 2 || words[^1] != initialled.Surname || words.Any(w => w.EndsWith('.'))) return false;
        var given = words[..^1];
        return given.Length >= initialled.Initials.Length && initialled.Initials.Select((x, k) => given[k].StartsWith(x, StringComparison.Ordinal)).All(b => b);
    }
}
