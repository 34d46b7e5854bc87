using NewsExtract.Core.Articles;
using NewsExtract.Ingestion.Http;
using NewsExtract.Worker.Hosting;

namespace NewsExtract.Worker.Processing;

/// <summary>
/// Work for the extract stage: a fetched page (with the request it answers) or an article a folder source read
/// (or could not read: then <see cref="Error"/> says why).
/// </summary>
public sealed record ExtractionItem(ConfiguredSource Source, string Input, PageRequest? Request, FetchResult? Page, Article? Article, string? Error);
