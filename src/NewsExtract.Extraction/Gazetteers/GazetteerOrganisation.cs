namespace NewsExtract.Extraction.Gazetteers;

/// <summary>An international organisation of the world gazetteer: English name, abbreviations, other names, Wikidata id.</summary>
public sealed record GazetteerOrganisation(string Name, IReadOnlyList<string> Abbreviations, IReadOnlyList<string> OtherNames, string? WikidataId);
