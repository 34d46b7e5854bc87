using System.Text.RegularExpressions;
using NewsExtract.Core.Articles;
using NewsExtract.Core.Documents;

namespace NewsExtract.Tests.Support;

/// <summary>
/// Builds a <see cref="Document"/> whose earlier layers are filled by hand, as a recogniser would have left them:
/// every whole-word occurrence of a given surface becomes an entity span of the given type. For testing the
/// components that read those layers without running the recognisers.
/// </summary>
public sealed class HandLayeredDocument
{
    private readonly Document _document;

    private HandLayeredDocument(string text, DateTimeOffset? publishedAt)
    {
        _document = new Document(new Article
        {
            Key = "test",
            Text = text,
            PublishedAt = publishedAt,
            Source = new ArticleSource("test", null, null),
        });
    }

    public static HandLayeredDocument Of(string text, DateTimeOffset? publishedAt = null) => new(text, publishedAt);

    public HandLayeredDocument Person(params string[] surfaces) => Spans(EntityLabels.Person, surfaces);
    public HandLayeredDocument Org(params string[] surfaces) => Spans(EntityLabels.Organization, surfaces);
    public HandLayeredDocument Place(params string[] surfaces) => Spans(EntityLabels.Gpe, surfaces);
    public HandLayeredDocument Norp(params string[] surfaces) => Spans(EntityLabels.Norp, surfaces);

    public HandLayeredDocument Money(string surface, decimal amount, string currency = "USD")
    {
        foreach (var (start, end) in Occurrences(surface))
            _document.Money.Add(new MoneyMention(start, end, amount, null, currency));
        return this;
    }

    public HandLayeredDocument Percent(string surface, decimal value)
    {
        foreach (var (start, end) in Occurrences(surface))
            _document.Percentages.Add(new PercentMention(start, end, value, false));
        return this;
    }

    public HandLayeredDocument Date(string surface, string value)
    {
        foreach (var (start, end) in Occurrences(surface))
            _document.Dates.Add(new DateMention(start, end, value, null, null));
        return this;
    }

    public Document Build()
    {
        _document.EntitySpans.Sort((a, b) => a.Start.CompareTo(b.Start));
        _document.Money.Sort((a, b) => a.Start.CompareTo(b.Start));
        _document.Dates.Sort((a, b) => a.Start.CompareTo(b.Start));
        return _document;
    }

    private HandLayeredDocument Spans(string label, string[] surfaces)
    {
        foreach (var surface in surfaces)
            foreach (var (start, end) in Occurrences(surface))
                if (!_document.EntitySpans.Any(s => s.Start < end && start < s.End))
                    _document.EntitySpans.Add(new EntitySpan(start, end, 0, 0, label, "hand"));
        return this;
    }

    private IEnumerable<(int, int)> Occurrences(string surface)
    {
        var found = Regex.Matches(_document.Text, $@"(?<![\p{{L}}\p{{N}}]){Regex.Escape(surface)}(?![\p{{L}}\p{{N}}])").Select(m => (m.Index, m.Index + m.Length)).ToList();
        if (found.Count == 0) throw new ArgumentException($"'{surface}' is not in the text.");
        return found;
    }
}
