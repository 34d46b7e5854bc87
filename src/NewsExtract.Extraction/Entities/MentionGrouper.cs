using NewsExtract.Core.Documents;
using NewsExtract.Core.Pipeline;

namespace NewsExtract.Extraction.Entities;

/// <summary>
/// Groups entity spans into entities: spans of the same type and the same surface form are one entity, and a
/// person named by surname alone ("Guluzade") joins the full name it ends ("Ramin Guluzade") when exactly one
/// such name is in the article. The fullest form names the entity.
/// </summary>
public sealed class MentionGrouper : IPipelineComponent
{
    public string Name => "entities";

    public void Process(Document document, CancellationToken cancellationToken = default)
    {
        var groups = new List<(string Label, string Name, List<Mention> Mentions)>();
        foreach (var span in document.EntitySpans.OrderByDescending(s => s.TokenCount).ThenBy(s => s.Start))
        {
            var surface = Normalize(document.Slice(span.Start, span.End));
            var label = EntityLabels.IsPlace(span.Label) ? EntityLabels.Location : span.Label;
            var target = groups.FindIndex(g => g.Label == label && string.Equals(g.Name, surface, StringComparison.OrdinalIgnoreCase));
            if (target < 0 && label == EntityLabels.Person && !surface.Contains(' '))
            {
                var candidates = groups.Select((g, i) => (g, i))
                    .Where(x => x.g.Label == label && x.g.Name.EndsWith(" " + surface, StringComparison.Ordinal))
                    .ToList();
                if (candidates.Count == 1) target = candidates[0].i;
            }
            if (target < 0)
                groups.Add((label, surface, [new Mention(span.Start, span.End)]));
            else
                groups[target].Mentions.Add(new Mention(span.Start, span.End));
        }
        foreach (var (label, name, mentions) in groups.OrderBy(g => g.Mentions.Min(m => m.Start)))
        {
            mentions.Sort((a, b) => a.Start.CompareTo(b.Start));
            document.Entities.Add(new Entity(label, name, mentions));
        }
    }

    private static string Normalize(string surface) => string.Join(' ', surface.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries));
}
