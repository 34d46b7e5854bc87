namespace NewsExtract.Ingestion.Html;

/// <summary>Groups of HTML tag names the extractor treats alike (block breaks, never-text elements, headings).</summary>
internal static class HtmlTags
{
    /// <summary>Elements whose content is never article text: scripts, styles, embedded media, form controls.</summary>
    public static readonly HashSet<string> NeverText = new(StringComparer.OrdinalIgnoreCase)
    {
        "script", "style", "noscript", "template", "svg", "math", "iframe", "object", "embed", "canvas", "button",
        "select", "option", "input", "textarea", "label", "link", "meta", "map", "audio", "video", "source", "track",
        "picture", "img", "head", "title", "base", "param", "frame", "frameset", "dialog",
    };

    /// <summary>Elements that start a new line or paragraph when their text is written out.</summary>
    public static readonly HashSet<string> Block = new(StringComparer.OrdinalIgnoreCase)
    {
        "p", "div", "section", "article", "main", "header", "footer", "aside", "nav", "h1", "h2", "h3", "h4", "h5", "h6",
        "ul", "ol", "li", "dl", "dt", "dd", "blockquote", "pre", "table", "thead", "tbody", "tfoot", "tr", "td", "th",
        "caption", "figure", "figcaption", "form", "fieldset", "address", "hr", "center", "details", "summary",
        "hgroup", "body", "html", "menu", "legend",
    };

    /// <summary>Elements that hold one paragraph of text (their parent is the container that earns their score).</summary>
    public static readonly HashSet<string> Paragraph = new(StringComparer.OrdinalIgnoreCase)
    {
        "p", "pre", "blockquote", "td", "dd", "li", "h2", "h3", "h4", "h5", "h6",
    };

    public static bool IsHeading(string name) =>
        name.Length == 2 && (name[0] == 'h' || name[0] == 'H') && name[1] >= '1' && name[1] <= '6';
}
