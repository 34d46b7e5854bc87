using NewsExtract.Core.Documents;

namespace NewsExtract.Extraction.Officials;

/// <summary>
/// Joins a person written with part of a full name to the one person whose full name it is part of, once names cut
/// at a particle are completed (<see cref="NameParticles"/>): the last words ("Al Balushi", "Bin Daina" after "Darwish
/// bin Ismaeel al Balushi", "Mohamed bin Mubarak Bin Daina") or the first two or more ("Mansour bin Khalid" of
/// "Mansour bin Khalid bin Abdullah Al Saud"), compared without regard to case. The merge before the officials ran
/// on the cut names and kept such parts apart. A "person" made only of particles and forms of address ("Al", "Dr")
/// is no one and is dropped. Nothing is joined when two people could own the part.
/// </summary>
public static class PartialNames
{
    /// <summary>Merges such people in the document's entities; returns how many were merged or dropped.</summary>
    public static int Merge(Document document)
    {
        int changed = 0;
        for (int i = document.Entities.Count - 1; i >= 0; i--)
        {
            var part = document.Entities[i];
            if (part.Label != EntityLabels.Person) continue;
            var words = Words(part.Name);
            if (words.Length > 0 && words.All(w => NameParticles.IsParticle(w.ToLowerInvariant()) || Honorifics.IsHonorificAlone(w) || Honorifics.IsHonorificAlone(w + ".")))
            {
                document.Entities.RemoveAt(i);
                changed++;
                continue;
            }
            if (words.Length < 2) continue;
            var owners = document.Entities.Where(e => e.Label == EntityLabels.Person && !ReferenceEquals(e, part) && IsPartOf(words, Words(e.Name))).ToList();
            if (owners.Count != 1) continue;
            PersonJoin.Into(document, i, owners[0]);
            changed++;
        }
        return changed;
    }

    private static string[] Words(string name) => name.Split(' ', StringSplitOptions.RemoveEmptyEntries);

    /// <summary>True when <paramref name="part"/> is the last words, or the first words, of the longer <paramref name="full"/>.</summary>
    private static bool IsPartOf(string[] part, string[] full)
    {
        if (full.Length <= part.Length) return false;
        bool trailing = true, leading = true;
        for (int k = 0; k < part.Length; k++)
        {
            trailing &= string.Equals(part[k], full[full.Length - part.Length + k], StringComparison.OrdinalIgnoreCase);
            leading &= string.Equals(part[k], full[k], StringComparison.OrdinalIgnoreCase);
        }
        return trailing || leading;
    }
}
