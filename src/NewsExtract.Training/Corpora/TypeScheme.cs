using NewsExtract.Core.Documents;

namespace NewsExtract.Training.Corpora;

/// <summary>
/// The entity types a model is trained to predict and how each corpus's own types map to them. "newsextract" is the
/// product's scheme (<see cref="EntityLabels"/>); "conll" is the CoNLL-2003 benchmark's PER/ORG/LOC/MISC.
/// </summary>
public sealed class TypeScheme
{
    public const string NewsExtractName = "newsextract";
    public const string ConllName = "conll";

    private readonly Func<CorpusFormat, string, string?> _map;

    private TypeScheme(string name, IReadOnlyList<string> types, Func<CorpusFormat, string, string?> map)
    {
        Name = name;
        Types = types;
        _map = map;
    }

    public string Name { get; }

    /// <summary>All types of the scheme, in the order models list them.</summary>
    public IReadOnlyList<string> Types { get; }

    /// <summary>The scheme type for corpus type <paramref name="rawType"/> of <paramref name="format"/>, or null to ignore it.</summary>
    public string? Map(CorpusFormat format, string rawType) => _map(format, rawType);

    public static TypeScheme ByName(string name) => name switch
    {
        NewsExtractName => NewsExtract,
        ConllName => Conll,
        _ => throw new ArgumentException($"Unknown type scheme '{name}' (use {NewsExtractName} or {ConllName})."),
    };

    /// <summary>The product scheme: PERSON, ORGANIZATION, LOCATION, GPE, NORP, DATE, EVENT, MISC.</summary>
    public static TypeScheme NewsExtract { get; } = new(NewsExtractName, EntityLabels.All, (format, raw) => format switch
    {
        CorpusFormat.Conll => raw switch { "PER" => EntityLabels.Person, "ORG" => EntityLabels.Organization, "LOC" => EntityLabels.Location, "MISC" => EntityLabels.Misc, _ => null },
        CorpusFormat.Gmb => raw switch
        {
            "per" => EntityLabels.Person,
            "org" => EntityLabels.Organization,
            "geo" => EntityLabels.Location,
            "gpe" => EntityLabels.Norp,
            "tim" => EntityLabels.Date,
            "eve" => EntityLabels.Event,
            "art" or "nat" => EntityLabels.Misc,
            _ => null,
        },
        CorpusFormat.Meantime => raw switch
        {
            "PER" => EntityLabels.Person,
            "ORG" => EntityLabels.Organization,
            "LOC" => EntityLabels.Location,
            "PRO" => EntityLabels.Misc,
            "TIMEX3" => EntityLabels.Date,
            _ => null,
        },
        CorpusFormat.Re3d => raw switch
        {
            "Person" => EntityLabels.Person,
            "Organisation" => EntityLabels.Organization,
            "Location" => EntityLabels.Location,
            "Nationality" => EntityLabels.Norp,
            "Temporal" => EntityLabels.Date,
            _ => null,
        },
        CorpusFormat.Gold => raw switch
        {
            GoldRecordsReader.Person or GoldRecordsReader.Official => EntityLabels.Person,
            GoldRecordsReader.Organization => EntityLabels.Organization,
            GoldRecordsReader.Location => EntityLabels.Location,
            _ => null,
        },
        CorpusFormat.Uner => raw switch { "PER" => EntityLabels.Person, "ORG" => EntityLabels.Organization, "LOC" => EntityLabels.Location, _ => null },
        _ => null,
    });

    /// <summary>The CoNLL-2003 scheme: PER, ORG, LOC, MISC (nationalities and other names are MISC; dates are not entities).</summary>
    public static TypeScheme Conll { get; } = new(ConllName, ["PER", "ORG", "LOC", "MISC"], (format, raw) => format switch
    {
        CorpusFormat.Conll => raw is "PER" or "ORG" or "LOC" or "MISC" ? raw : null,
        CorpusFormat.Gmb => raw switch { "per" => "PER", "org" => "ORG", "geo" => "LOC", "gpe" or "eve" or "art" or "nat" => "MISC", _ => null },
        CorpusFormat.Meantime => raw switch { "PER" => "PER", "ORG" => "ORG", "LOC" => "LOC", "PRO" => "MISC", _ => null },
        CorpusFormat.Re3d => raw switch { "Person" => "PER", "Organisation" => "ORG", "Location" => "LOC", "Nationality" => "MISC", _ => null },
        CorpusFormat.Gold => raw switch
        {
            GoldRecordsReader.Person or GoldRecordsReader.Official => "PER",
            GoldRecordsReader.Organization => "ORG",
            GoldRecordsReader.Location => "LOC",
            _ => null,
        },
        CorpusFormat.Uner => raw is "PER" or "ORG" or "LOC" ? raw : null,
        _ => null,
    });

    /// <summary>A one-line description of the mapping for one corpus format (for model cards).</summary>
    public string Describe(CorpusFormat format, IEnumerable<string> rawTypes)
    {
        var parts = new List<string>();
        foreach (var raw in rawTypes) parts.Add($"{raw}→{Map(format, raw) ?? "(ignored)"}");
        return string.Join(", ", parts);
    }
}
