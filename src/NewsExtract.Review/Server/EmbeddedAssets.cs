using Microsoft.AspNetCore.Http;

namespace NewsExtract.Review.Server;

/// <summary>The page's stylesheet and script, embedded in this assembly (no front-end build step), served from /assets.</summary>
public static class EmbeddedAssets
{
    private static readonly Dictionary<string, string> ContentTypes = new(StringComparer.Ordinal)
    {
        ["review.css"] = "text/css; charset=utf-8",
        ["review.js"] = "text/javascript; charset=utf-8",
    };

    public static IResult Serve(string name)
    {
        if (!ContentTypes.TryGetValue(name, out var contentType)) return Results.NotFound();
        var stream = typeof(EmbeddedAssets).Assembly.GetManifestResourceStream("assets/" + name);
        return stream is null ? Results.NotFound() : Results.Stream(stream, contentType);
    }
}
