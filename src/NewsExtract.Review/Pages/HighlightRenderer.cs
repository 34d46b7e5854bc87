using System.Text;
using NewsExtract.Review.Annotations;
using NewsExtract.Review.Decisions;

namespace NewsExtract.Review.Pages;

/// <summary>
/// Renders an article's text with its annotations as nested highlight elements. The text stays exactly the
/// article's characters (labels are drawn by CSS from <c>data-label</c>, so selecting text maps back to offsets);
/// annotations that cross each other are split into pieces that share the key, and only a key's first piece
/// carries its label. Every character is HTML-encoded.
/// </summary>
public static class HighlightRenderer
{
    private sealed class Piece(ReviewedAnnotation item, int start)
    {
        public ReviewedAnnotation Item { get; } = item;
        public int Start { get; } = start;
        public int End { get; set; }
    }

    private abstract record Part;
    private sealed record Open(Piece Piece) : Part;
    private sealed record Close(Piece Piece) : Part;
    private sealed record Chunk(int Start, int End) : Part;

    public static string Render(string text, IReadOnlyList<ReviewedAnnotation> annotations)
    {
        var items = annotations
            .Where(a => a.Current.Start >= 0 && a.Current.End <= text.Length && a.Current.Start < a.Current.End)
            .OrderBy(a => a.Current.Start).ThenByDescending(a => a.Current.End).ThenBy(a => Rank(a.Current.Kind))
            .ThenBy(a => a.Key, StringComparer.Ordinal)
            .ToList();
        var bounds = new SortedSet<int> { 0, text.Length };
        foreach (var a in items) { bounds.Add(a.Current.Start); bounds.Add(a.Current.End); }
        var points = bounds.ToList();

        var parts = new List<Part>();
        var stack = new List<Piece>();
        for (var i = 0; i + 1 < points.Count; i++)
        {
            int from = points[i], to = points[i + 1];
            var covering = items.Where(a => a.Current.Start <= from && a.Current.End >= to).ToList();
            var keep = 0;
            while (keep < stack.Count && keep < covering.Count && stack[keep].Item.Key == covering[keep].Key) keep++;
            for (var j = stack.Count - 1; j >= keep; j--)
            {
                stack[j].End = from;
                parts.Add(new Close(stack[j]));
                stack.RemoveAt(j);
            }
            for (var j = keep; j < covering.Count; j++)
            {
                var piece = new Piece(covering[j], from);
                stack.Add(piece);
                parts.Add(new Open(piece));
            }
            parts.Add(new Chunk(from, to));
        }
        for (var j = stack.Count - 1; j >= 0; j--)
        {
            stack[j].End = text.Length;
            parts.Add(new Close(stack[j]));
        }

        var html = new StringBuilder(text.Length * 2);
        foreach (var part in parts)
        {
            switch (part)
            {
                case Open open: html.Append(OpenTag(open.Piece)); break;
                case Close close: html.Append(close.Piece.Item.Current.Kind == AnnotationKinds.Event ? "</span>" : "</mark>"); break;
                case Chunk chunk: html.Append(Html.E(text[chunk.Start..chunk.End])); break;
            }
        }
        return html.ToString();
    }

    /// <summary>The text a highlight's label shows: the type, and for events the event type.</summary>
    public static string Label(ReviewedAnnotation item) =>
        item.Current.Kind == AnnotationKinds.Event
            ? $"EVENT · {item.Current.EventType}"
            : AnnotationKinds.Label(item.Current.Kind);

    private static string OpenTag(Piece piece)
    {
        var item = piece.Item;
        var a = item.Current;
        var first = piece.Start == a.Start;
        var last = piece.End == a.End;
        var classes = new StringBuilder(a.Kind == AnnotationKinds.Event ? "ev" : "hl");
        classes.Append(" k-").Append(a.Kind).Append(" st-").Append(item.State);
        if (first) classes.Append(" first");
        if (last) classes.Append(" last");
        var tag = a.Kind == AnnotationKinds.Event ? "span" : "mark";
        var label = first || last ? $" data-label=\"{Html.E(Label(item))}\"" : "";
        var title = $"{AnnotationKinds.Title(a.Kind)}{(a.EventType is null ? "" : ": " + a.EventType)} — {item.State}";
        // One Tab stop per extraction (its first piece), named with its text, type and state for screen readers.
        var focus = first ? $" tabindex=\"0\" role=\"button\" aria-label=\"{Html.E(AccessibleName(item))}\"" : "";
        return $"<{tag} class=\"{classes}\" data-key=\"{Html.E(a.Key)}\"{label}{focus} title=\"{Html.E(title)}\">";
    }

    /// <summary>What a screen reader says for a highlight: label, text (shortened for sentences) and state.</summary>
    public static string AccessibleName(ReviewedAnnotation item)
    {
        var text = item.Current.Text.Length > 80 ? item.Current.Text[..77] + "…" : item.Current.Text;
        return $"{Label(item)}: {text} ({item.State})";
    }

    /// <summary>Events (whole sentences) nest outside entity mentions that start at the same place.</summary>
    private static int Rank(string kind) => kind == AnnotationKinds.Event ? 0 : 1;
}
