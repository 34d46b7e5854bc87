namespace NewsExtract.Ingestion.Html.Titles;

/// <summary>
/// The site's own name as the page gives it (<c>og:site_name</c>) and as its host spells it ("redfish-technology.com"
/// → "redfishtechnology"), to tell a site-name part of a title ("Headline | Redfish Technology") from the headline.
/// </summary>
public sealed class SiteName
{
    private const int MaxNameWords = 5;

    private readonly string _declared;
    private readonly string _host;
    private readonly string _hostName;

    public SiteName(string? declared, Uri? pageUrl)
    {
        _declared = Compact(declared);
        _host = HostLabel(pageUrl);
        _hostName = HostName(pageUrl);
    }

    /// <summary>
    /// The title without the site's name at its start or end ("davidbau.com Vibe Coding", "Vibe Coding — David's Blog"
    /// with that declared name, "Listopia: Best Books" on listopia.example); null when neither end is the site's name,
    /// the whole title is the name or nothing would be left. The name is the declared one or the whole host
    /// ("news.example.com"), with or without a separator, or the host's label ("example") only where a separator
    /// parts it from the rest (<see cref="SiteNameBoundary"/>): a label is often a word of the headline too ("Nike
    /// Pegasus 41" on nike.com, "Redis data types" on redis.io). Compared by letters and digits.
    /// </summary>
    public string? Strip(string title)
    {
        var words = title.Split(' ', StringSplitOptions.RemoveEmptyEntries);
        if (words.Length < 2 || IsName(title, separated: true))
            return null;
        for (var n = Math.Min(MaxNameWords, words.Length - 1); n >= 1; n--)
        {
            if (IsName(string.Join(' ', words[..n]), SiteNameBoundary.AtStart(words, n)))
                return Remainder(words[n..]);
            if (IsName(string.Join(' ', words[^n..]), SiteNameBoundary.AtEnd(words, n)))
                return Remainder(words[..^n]);
        }
        return null;
    }

    /// <summary>Whether the text is the declared name or the whole host, or the host's label when <paramref name="separated"/>.</summary>
    private bool IsName(string text, bool separated)
    {
        var compact = Compact(text);
        return compact.Length >= 3 && (compact == _declared || compact == _hostName || (separated && compact == _host));
    }

    /// <summary>The words left after the name, without the separator punctuation that stood between them; null when no letter or digit is left.</summary>
    private static string? Remainder(string[] words)
    {
        var text = string.Join(' ', words).Trim(' ', '|', '-', '–', '—', ':', '·', '•', '»', '«', '/', '>', '~', ',');
        return text.Any(char.IsLetterOrDigit) ? text : null;
    }

    /// <summary>1 when the text is the site's name or host label, 0.5 when it contains the host label (four letters or more), else 0.</summary>
    public float Likeness(string text)
    {
        var compact = Compact(text);
        if (compact.Length == 0)
            return 0;
        if (compact == _declared || compact == _host)
            return 1;
        if (_host.Length >= 4 && compact.Contains(_host, StringComparison.Ordinal))
            return 0.5f;
        if (_declared.Length >= 4 && compact.Contains(_declared, StringComparison.Ordinal))
            return 0.5f;
        return 0;
    }

    /// <summary>The letters and digits of a text, lower-cased.</summary>
    public static string Compact(string? text)
    {
        if (string.IsNullOrEmpty(text))
            return "";
        var chars = new char[text.Length];
        var n = 0;
        foreach (var c in text)
        {
            if (char.IsLetterOrDigit(c))
                chars[n++] = char.ToLowerInvariant(c);
        }
        return new string(chars, 0, n);
    }

    /// <summary>The whole host without "www.", as letters and digits: "www.davidbau.com" → "davidbaucom".</summary>
    private static string HostName(Uri? url)
    {
        if (url is null || !url.IsAbsoluteUri)
            return "";
        var host = url.Host.ToLowerInvariant();
        return Compact(host.StartsWith("www.", StringComparison.Ordinal) ? host[4..] : host);
    }

    /// <summary>The registrable label of the host: "www.news.example.co.uk" → "example", "blog.site.com" → "site".</summary>
    private static string HostLabel(Uri? url)
    {
        if (url is null || !url.IsAbsoluteUri)
            return "";
        var labels = url.Host.ToLowerInvariant().Split('.');
        if (labels.Length < 2)
            return Compact(labels[0]);
        var i = labels.Length - 2;
        // "co.uk", "com.au": a short second-level label under a two-letter country code.
        if (i > 0 && labels[^1].Length == 2 && labels[i].Length <= 3)
            i--;
        return Compact(labels[i]);
    }
}
