namespace NewsExtract.Extraction.Officials;

/// <summary>
/// A state named in the text: characters [Start, End), the state's short name, whether it was written as an
/// adjective or demonym ("Georgian") rather than a name, and the sentence it stands in.
/// </summary>
public sealed record CountryOccurrence(int Start, int End, string Country, bool Adjective, int Sentence);
