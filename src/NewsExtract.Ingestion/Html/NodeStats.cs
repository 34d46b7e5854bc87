namespace NewsExtract.Ingestion.Html;

/// <summary>Text measurements of one element, gathered in one bottom-up pass over the tree.</summary>
internal sealed class NodeStats
{
    /// <summary>Non-space characters of all text below the element.</summary>
    public int Text;

    /// <summary>Non-space characters of text inside links below the element.</summary>
    public int LinkText;

    /// <summary>Commas (any script) below the element.</summary>
    public int Commas;

    /// <summary>Non-space characters of text inside paragraph elements below (or at) the element.</summary>
    public int ParagraphText;

    /// <summary>Non-space characters reached without crossing a block-level child (the element's own line of text).</summary>
    public int InlineText;

    /// <summary>Link characters among <see cref="InlineText"/>.</summary>
    public int InlineLinkText;

    /// <summary>Commas among <see cref="InlineText"/>.</summary>
    public int InlineCommas;

    /// <summary>Paragraph elements (p, and block-free divs holding text) below the element.</summary>
    public int Paragraphs;

    /// <summary>Images below the element.</summary>
    public int Images;

    /// <summary>List items below the element.</summary>
    public int ListItems;

    /// <summary>Content score as a candidate article container; NaN until the element is first scored.</summary>
    public double Score = double.NaN;

    public double LinkDensity => Text == 0 ? 0 : (double)LinkText / Text;

    public bool IsScored => !double.IsNaN(Score);
}
