namespace NewsExtract.Core.Documents;

/// <summary>
/// The record's vocabulary for how a figure is hedged (<c>qualifier</c> on money and percentages), each standing for
/// the wordings listed: the figure itself stays as written without them.
/// </summary>
public static class Qualifiers
{
    /// <summary>about, around, approximately, roughly, some, an estimated, circa.</summary>
    public const string About = "about";

    /// <summary>more than, over, above, in excess of, upwards of, exceeding.</summary>
    public const string MoreThan = "more than";

    /// <summary>less than, under, below, fewer than.</summary>
    public const string LessThan = "less than";

    /// <summary>nearly, almost, close to, just under.</summary>
    public const string Nearly = "nearly";

    /// <summary>at least, no less than, not less than.</summary>
    public const string AtLeast = "at least";

    /// <summary>up to, as much as, as many as, a maximum of.</summary>
    public const string UpTo = "up to";

    public static IReadOnlyList<string> All { get; } = [About, MoreThan, LessThan, Nearly, AtLeast, UpTo];
}
