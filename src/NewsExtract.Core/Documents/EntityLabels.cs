namespace NewsExtract.Core.Documents;

/// <summary>The entity types the recognisers emit (OntoNotes-style names).</summary>
public static class EntityLabels
{
    public const string Person = "PERSON";
    public const string Organization = "ORGANIZATION";
    public const string Location = "LOCATION";
    /// <summary>Geo-political entity: a country, city or state named as a polity.</summary>
    public const string Gpe = "GPE";
    /// <summary>Nationality, religious or political group, mostly adjectives ("Azerbaijani").</summary>
    public const string Norp = "NORP";
    public const string Date = "DATE";
    public const string Event = "EVENT";
    public const string Misc = "MISC";

    public static readonly IReadOnlyList<string> All = [Person, Organization, Location, Gpe, Norp, Date, Event, Misc];

    /// <summary>True for the types that name a place (LOCATION or GPE).</summary>
    public static bool IsPlace(string label) => label is Location or Gpe;
}
