using NewsExtract.Core.Documents;

namespace NewsExtract.Extraction.Officials;

/// <summary>
/// Folds one person entity into another that names the same person (an initialled name, a part of the full name, another
/// spelling): the owner keeps its name and gains the other's mentions, each once and in text order; the other goes.
/// </summary>
public static class PersonJoin
{
    /// <summary>Joins the entity at <paramref name="index"/> to <paramref name="owner"/>, another entity of the document.</summary>
    public static void Into(Document document, int index, Entity owner)
    {
        int at = document.Entities.IndexOf(owner);
        document.Entities[at] = owner with { Mentions = [.. owner.Mentions.Concat(document.Entities[index].Mentions).Distinct().OrderBy(m => m.Start)] };
        document.Entities.RemoveAt(index);
    }
}
