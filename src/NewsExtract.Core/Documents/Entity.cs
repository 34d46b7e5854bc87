namespace NewsExtract.Core.Documents;

/// <summary>
/// One real-world thing named in the article, with every mention of it. <see cref="Name"/> is the fullest form;
/// <see cref="Place"/> is what a place was resolved to in the world gazetteer (null: not a place, or not resolved).
/// </summary>
public sealed record Entity(string Label, string Name, IReadOnlyList<Mention> Mentions)
{
    public PlaceReference? Place { get; init; }
}
