using NewsExtract.Core.Documents;

namespace NewsExtract.Review.Annotations;

/// <summary>
/// The kinds of highlighted extraction on the review page, with the short label shown beside each highlight (so a
/// highlight's type is readable without telling colours apart) and which kinds a mention may be changed into.
/// </summary>
public static class AnnotationKinds
{
    public const string Person = "person";
    public const string Official = "official";
    public const string Organization = "organization";
    public const string Location = "location";
    public const string Money = "money";
    public const string Percentage = "percentage";
    public const string Date = "date";
    public const string Event = "event";

    public static readonly IReadOnlyList<string> All = [Person, Official, Organization, Location, Money, Percentage, Date, Event];

    /// <summary>The kinds a reviewer can add by selecting text or change a mention into.</summary>
    public static readonly IReadOnlyList<string> Assignable = [Person, Official, Organization, Location, Money];

    /// <summary>The kinds a reviewer can add for a missed extraction by selecting its text (an event by its sentence).</summary>
    public static readonly IReadOnlyList<string> Addable = [Person, Official, Organization, Location, Money, Percentage, Date, Event];

    /// <summary>Kinds grouped into named entities (several mentions of one name).</summary>
    public static bool IsEntity(string kind) => kind is Person or Official or Organization or Location;

    public static string Label(string kind) => kind switch
    {
        Person => "PER",
        Official => "OFFICIAL",
        Organization => "ORG",
        Location => "LOC",
        Money => "MONEY",
        Percentage => "PCT",
        Date => "DATE",
        Event => "EVENT",
        _ => kind.ToUpperInvariant(),
    };

    public static string Title(string kind) => kind switch
    {
        Person => "Person",
        Official => "Official",
        Organization => "Organisation",
        Location => "Location",
        Money => "Money",
        Percentage => "Percentage",
        Date => "Date",
        Event => "Event",
        _ => kind,
    };

    /// <summary>The types a reviewer may give an annotation of <paramref name="kind"/>: event types for events, else the assignable kinds.</summary>
    public static IReadOnlyList<string> TypesFor(string kind) => kind == Event ? EventTypes.All : Assignable;
}
