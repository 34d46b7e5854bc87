using NewsExtract.Core.Documents;

namespace NewsExtract.Training.Officials;

/// <summary>
/// One training article: its id (folds keep an article's rows together), the document after the pipeline's layers
/// before the officials, and the gold officials.
/// </summary>
public sealed record OfficialTrainingArticle(string Id, Document Document, IReadOnlyList<GoldOfficial> Officials);
