namespace NewsExtract.Ingestion.Html.Titles;

/// <summary>
/// The site's own name as the page gives it (<c>og:site_name</c>) and as its host spells it ("redfish-technology.com"
/// → "redfishtechnology"), to tell a site-name part of a title ("Headline | Redfish Technology") from the headline.
/// </summary>
public sealed class SiteName
{
    private readonly string _declared;
    private readonly string _host;

    public SiteName(string? declared, Uri? pageUrl)
    {
        _declared = Compact(declared);
        _host = HostLabel(pageUrl);
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
