namespace NewsExtract.Core.Documents;

/// <summary>One place in the text where an entity is named: characters [Start, End).</summary>
public readonly record struct Mention(int Start, int End);
