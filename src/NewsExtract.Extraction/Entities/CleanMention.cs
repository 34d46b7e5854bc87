namespace NewsExtract.Extraction.Entities;

/// <summary>
/// A name mention after clean-up: its character range, its entity type (PERSON, ORGANIZATION or LOCATION), and
/// the key it groups by (for a country, its short name).
/// </summary>
public sealed record CleanMention(int Start, int End, string Label, string Surface, string? CountryName);
