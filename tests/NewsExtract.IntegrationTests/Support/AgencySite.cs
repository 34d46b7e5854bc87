using System.Collections.Concurrent;
using System.Net;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;

namespace NewsExtract.IntegrationTests.Support;

/// <summary>
/// A news agency's web site for tests: Kestrel on 127.0.0.1 with a free port, serving whatever routes a test
/// registers. Each route's handler gets the request and how many times the path was hit before (so faults can
/// pass after a few attempts). Unknown paths answer 404; robots.txt is served when registered.
/// </summary>
public sealed class AgencySite : IAsyncDisposable
{
    private readonly ConcurrentDictionary<string, Func<HttpContext, int, Task>> _routes = new(StringComparer.Ordinal);
    private readonly ConcurrentDictionary<string, int> _hits = new(StringComparer.Ordinal);
    private readonly ConcurrentQueue<TimeSpan> _arrivals = new();
    private readonly ConcurrentQueue<(string Path, TimeSpan At)> _requestLog = new();
    private readonly System.Diagnostics.Stopwatch _clock = System.Diagnostics.Stopwatch.StartNew();
    private WebApplication? _app;

    public Uri BaseUrl { get; private set; } = null!;

    public static async Task<AgencySite> StartAsync()
    {
        var site = new AgencySite();
        var builder = WebApplication.CreateSlimBuilder();
        builder.Logging.ClearProviders();
        builder.WebHost.UseKestrel(options => options.Listen(IPAddress.Loopback, 0));
        var app = builder.Build();
        app.Run(site.HandleAsync);
        await app.StartAsync();
        var address = app.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!.Addresses.First();
        site._app = app;
        site.BaseUrl = new Uri(address.Replace("[::]", "127.0.0.1", StringComparison.Ordinal) + "/");
        return site;
    }

    public Uri Url(string path) => new(BaseUrl, path.TrimStart('/'));

    /// <summary>Serves <paramref name="path"/> (path and query, e.g. "/news/1") with <paramref name="handler"/>.</summary>
    public void Map(string path, Func<HttpContext, int, Task> handler) => _routes[path] = handler;

    public int Hits(string path) => _hits.TryGetValue(path, out var count) ? count : 0;

    /// <summary>The most requests that arrived within any one second (a sliding window over every request so far).</summary>
    public int MostRequestsInOneSecond()
    {
        var times = _arrivals.Order().ToArray();
        int most = 0;
        for (int first = 0, last = 0; last < times.Length; last++)
        {
            while (times[last] - times[first] >= TimeSpan.FromSeconds(1)) first++;
            most = Math.Max(most, last - first + 1);
        }
        return most;
    }

    /// <summary>Time since the site started, on the clock <see cref="ArrivalsOf"/> reads.</summary>
    public TimeSpan Elapsed => _clock.Elapsed;

    /// <summary>When each request for a path that <paramref name="select"/> accepts arrived (time since the site started), in order.</summary>
    public IReadOnlyList<TimeSpan> ArrivalsOf(Func<string, bool> select) =>
        [.. _requestLog.Where(r => select(r.Path)).Select(r => r.At).Order()];

    /// <summary>Every request so far (path and query, time since the site started), in arrival order.</summary>
    public IReadOnlyList<(string Path, TimeSpan At)> Requests() => [.. _requestLog.OrderBy(r => r.At)];

    private async Task HandleAsync(HttpContext context)
    {
        var key = context.Request.Path.Value + context.Request.QueryString.Value;
        var at = _clock.Elapsed;
        _arrivals.Enqueue(at);
        _requestLog.Enqueue((key, at));
        var attempt = _hits.AddOrUpdate(key, 1, (_, n) => n + 1) - 1;
        if (_routes.TryGetValue(key, out var handler) || _routes.TryGetValue(context.Request.Path.Value ?? "", out handler))
        {
            try { await handler(context, attempt); }
            catch (OperationCanceledException) { }
            return;
        }
        context.Response.StatusCode = 404;
    }

    public async ValueTask DisposeAsync()
    {
        if (_app is not null)
        {
            using var stop = new CancellationTokenSource(TimeSpan.FromSeconds(2));
            await _app.StopAsync(stop.Token);
            await _app.DisposeAsync();
        }
    }
}
