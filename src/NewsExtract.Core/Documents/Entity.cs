namespace NewsExtract.Core.Documents;

/// <summary>
/// One real-world thing named in the article, with every mention of it. <see cref="Name"/> is the fullest form.
/// </summary>
public sealed record Entity(string Label, string Name, IReadOnlyList<Mention> Mentions);
