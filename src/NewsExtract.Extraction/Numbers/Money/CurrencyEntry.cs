namespace NewsExtract.Extraction.Numbers.Money;

/// <summary>
/// One currency of the shipped table (<c>models/gazetteer/currencies.tsv</c>): its ISO 4217 code and the ways
/// copy writes it. All lists may be empty.
/// </summary>
/// <param name="Code">ISO 4217 code ("ZAR").</param>
/// <param name="Name">English name ("South African rand").</param>
/// <param name="Names">Lower-case words written after an amount ("rand", "south african rand").</param>
/// <param name="Symbols">Symbols written before an amount ("R", "ZAR" is not one: codes are read from <paramref name="Code"/>).</param>
/// <param name="AfterSymbols">Letter symbols also read after an amount ("zł").</param>
/// <param name="Aliases">Old or informal codes read as this one ("RUR").</param>
/// <param name="ReadCode">Whether the code itself is read next to a number (false for codes that are English words).</param>
/// <param name="Countries">ISO 3166 alpha-2 codes of the countries that use it.</param>
/// <param name="CountryWords">Names and demonyms of those countries, as written ("South Africa", "South African").</param>
/// <param name="FixedFor">Ambiguous forms that always mean this currency ("$").</param>
/// <param name="DefaultFor">Ambiguous forms that mean this currency unless the text names a country of another.</param>
public sealed record CurrencyEntry(
    string Code,
    string Name,
    IReadOnlyList<string> Names,
    IReadOnlyList<string> Symbols,
    IReadOnlyList<string> AfterSymbols,
    IReadOnlyList<string> Aliases,
    bool ReadCode,
    IReadOnlyList<string> Countries,
    IReadOnlyList<string> CountryWords,
    IReadOnlyList<string> FixedFor,
    IReadOnlyList<string> DefaultFor);
