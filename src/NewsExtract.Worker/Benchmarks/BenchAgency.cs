using System.Collections.Concurrent;
using System.Diagnostics;
using System.Net;
using System.Text;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;

namespace NewsExtract.Worker.Benchmarks;

/// <summary>
/// A local news agency for <c>bench cluster</c>: one Kestrel server on 127.0.0.1 listening on one free port per
/// host (politeness is per host and port), each host serving <c>/sitemap.xml</c> and its articles
/// <c>/news/N</c> (invented pages, a few paragraphs each) after a small server delay. It logs when each article
/// request arrived, so throughput is measured where the pages are served.
/// </summary>
public sealed class BenchAgency : IAsyncDisposable
{
    private readonly WebApplication _app;
    private readonly Stopwatch _clock = Stopwatch.StartNew();
    private readonly ConcurrentQueue<(string Article, TimeSpan At)> _articleArrivals = new();
    private readonly int _articlesPerHost;
    private readonly TimeSpan _serverDelay;

    private BenchAgency(WebApplication app, int articlesPerHost, TimeSpan serverDelay)
    {
        _app = app;
        _articlesPerHost = articlesPerHost;
        _serverDelay = serverDelay;
    }

    /// <summary>The sitemap of each host, one per host.</summary>
    public IReadOnlyList<Uri> Sitemaps { get; private set; } = [];

    public static async Task<BenchAgency> StartAsync(int hosts, int articlesPerHost, TimeSpan serverDelay)
    {
        var builder = WebApplication.CreateSlimBuilder();
        builder.Logging.ClearProviders();
        builder.WebHost.UseKestrel(options =>
        {
            for (var h = 0; h < hosts; h++) options.Listen(IPAddress.Loopback, 0);
        });
        var app = builder.Build();
        var agency = new BenchAgency(app, articlesPerHost, serverDelay);
        app.Run(agency.HandleAsync);
        await app.StartAsync();
        agency.Sitemaps = [.. app.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!.Addresses
            .Select(a => new Uri(new Uri(a), "/sitemap.xml"))];
        return agency;
    }

    /// <summary>Forgets the requests so far (between runs over the same agency).</summary>
    public void ClearLog() => _articleArrivals.Clear();

    /// <summary>
    /// Article requests since <see cref="ClearLog"/>, the distinct articles they asked for (a URL fetched again, e.g.
    /// a retried request or a lease given back, is one article and two requests), and the time from the first to the last.
    /// </summary>
    public (int Requests, int Articles, TimeSpan Span) ArticleRequests()
    {
        var arrivals = _articleArrivals.ToArray();
        if (arrivals.Length == 0) return (0, 0, TimeSpan.Zero);
        var times = arrivals.Select(a => a.At).ToArray();
        return (arrivals.Length, arrivals.Select(a => a.Article).Distinct(StringComparer.Ordinal).Count(), times.Max() - times.Min());
    }

    private async Task HandleAsync(HttpContext context)
    {
        var path = context.Request.Path.Value ?? "";
        var origin = $"http://127.0.0.1:{context.Connection.LocalPort}";
        if (path == "/sitemap.xml")
        {
            var sitemap = new StringBuilder("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<urlset xmlns=\"http://www.sitemaps.org/schemas/sitemap/0.9\">\n");
            for (var a = 0; a < _articlesPerHost; a++) sitemap.Append("<url><loc>").Append(origin).Append("/news/").Append(a).Append("</loc></url>\n");
            sitemap.Append("</urlset>\n");
            context.Response.ContentType = "application/xml";
            await context.Response.WriteAsync(sitemap.ToString());
            return;
        }
        if (path.StartsWith("/news/", StringComparison.Ordinal) && int.TryParse(path.AsSpan(6), out var article) && article >= 0 && article < _articlesPerHost)
        {
            _articleArrivals.Enqueue(($"{context.Connection.LocalPort}{path}", _clock.Elapsed));
            try { await Task.Delay(_serverDelay, context.RequestAborted); }
            catch (OperationCanceledException) { return; }
            context.Response.ContentType = "text/html; charset=utf-8";
            await context.Response.WriteAsync(ArticlePage(context.Connection.LocalPort, article));
            return;
        }
        context.Response.StatusCode = StatusCodes.Status404NotFound;
    }

    private static string ArticlePage(int port, int article)
    {
        var subject = $"bridge works {port}-{article}";
        return $"""
            <!DOCTYPE html>
            <html lang="en"><head><meta charset="utf-8"><title>Council approves {subject} | Bench Agency</title>
            <meta property="article:published_time" content="2026-11-20T09:30:00+00:00"></head>
            <body><nav><a href="/">Home</a></nav><article><h1>Council approves {subject}</h1>
            <p>The city council voted on Tuesday to start the {subject} next spring, its chairman told reporters.</p>
            <p>The {subject} will cost about 8 million euros and take two years, according to the council's budget office.</p>
            <p>Residents have asked for the {subject} since the old crossing was closed to lorries in the summer.</p>
            </article><footer>Bench Agency</footer></body></html>
            """;
    }

    public async ValueTask DisposeAsync()
    {
        using var stop = new CancellationTokenSource(TimeSpan.FromSeconds(2));
        await _app.StopAsync(stop.Token);
        await _app.DisposeAsync();
    }
}
