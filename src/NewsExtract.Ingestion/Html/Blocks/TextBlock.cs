namespace NewsExtract.Ingestion.Html.Blocks;

/// <summary>
/// One line of page text as the block classifier sees it: the text between two block boundaries (block elements
/// or <c>&lt;br&gt;</c>), cut the way the rule extractor writes its paragraphs, with what its markup says about it.
/// </summary>
public sealed class TextBlock
{
    public required string Text { get; init; }

    /// <summary>Characters of the text (whitespace excluded) and how many of them sit inside links.</summary>
    public int Chars { get; set; }
    public int LinkChars { get; set; }

    /// <summary>Tag of the innermost block element holding the text (p, div, li, td, h2, …).</summary>
    public required string Tag { get; init; }

    /// <summary>Element nesting depth of that element.</summary>
    public int Depth { get; init; }

    /// <summary>Structural context flags (<see cref="BlockContext"/>) of the element and its ancestors.</summary>
    public BlockContext Context { get; init; }

    /// <summary>Class/id keyword flags (<see cref="BlockFeatures.ClassKeywords"/>) of the element and its ancestors.</summary>
    public ulong ClassKeywords { get; init; }

    /// <summary>Class/id keyword flags of the element alone and its parent (the nearest markup says most).</summary>
    public ulong NearClassKeywords { get; init; }

    /// <summary>A hash of the parent's class, the element's tag and its class, used to count repeated items (listing cards, forum posts).</summary>
    public int ItemKey { get; init; }
}
