using Microsoft.AspNetCore.Builder;
using NewsExtract.Review.Server;

namespace NewsExtract.Tests.Review;

/// <summary>The real review app on Kestrel at 127.0.0.1 on a free port, with an HttpClient for it; stopped on dispose.</summary>
public sealed class ReviewServer : IAsyncDisposable
{
    private readonly WebApplication _app;

    private ReviewServer(WebApplication app, Uri baseAddress)
    {
        _app = app;
        BaseAddress = baseAddress;
        Client = new HttpClient(new HttpClientHandler { AllowAutoRedirect = false, UseCookies = false }) { BaseAddress = baseAddress };
    }

    public Uri BaseAddress { get; }

    public HttpClient Client { get; }

    /// <summary>A server over the SQLite state database at <paramref name="databasePath"/>, or over the PostgreSQL database <paramref name="postgresConnectionString"/> when given.</summary>
    public static async Task<ReviewServer> StartAsync(string? databasePath, string? apiKey = null, string reviewer = "ann", string? trustedReviewerHeader = null, TimeProvider? clock = null,
        IReadOnlyList<string>? evaluationSets = null, string? postgresConnectionString = null)
    {
        var app = ReviewApp.Create(new ReviewServerOptions
        {
            DatabasePath = databasePath, PostgresConnectionString = postgresConnectionString, Port = 0, Reviewer = reviewer, ApiKey = apiKey, TrustedReviewerHeader = trustedReviewerHeader,
            Clock = clock ?? TimeProvider.System,
            EvaluationSets = evaluationSets ?? NewsExtract.Review.Export.EvaluationArticles.DefaultFolders,
        });
        await app.StartAsync();
        return new ReviewServer(app, new Uri(app.Urls.Single()));
    }

    public async ValueTask DisposeAsync()
    {
        Client.Dispose();
        await _app.StopAsync();
        await _app.DisposeAsync();
    }
}
