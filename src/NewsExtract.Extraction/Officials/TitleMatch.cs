namespace NewsExtract.Extraction.Officials;

/// <summary>
/// A title found next to a person's name: the characters [Start, End) it covers, the title as written without the
/// name and the country (<see cref="Title"/>), the state it names (<see cref="Country"/>, short name) and the body
/// it names or implies (<see cref="Organization"/>).
/// </summary>
public sealed record TitleMatch(int Start, int End, string Title, string? Country, string? Organization)
{
    /// <summary>
    /// An office held besides another ("X, who is also co-chairman of the commission"): the official's title only when
    /// no other is linked to the name.
    /// </summary>
    public bool Additional { get; init; }

    /// <summary>The title marks an office held until now ("Former Finance Minister", "former co-owner").</summary>
    public bool IsFormer => Title.StartsWith("Former", StringComparison.OrdinalIgnoreCase);

    /// <summary>The same office held until now ("Former Finance Minister"); a title already marked former stays as it is.</summary>
    public TitleMatch AsFormer() => IsFormer ? this : this with { Title = "Former " + Title };
}
