namespace NewsExtract.Storage.Feed;

/// <summary>
/// The feed's table of contents, rewritten atomically after every commit: each daily file with the number of bytes
/// and lines that are complete. A downstream reader resumes by remembering (file, bytes) and reading only up to the
/// committed length.
/// </summary>
public sealed record FeedManifest(int SchemaVersion, DateTimeOffset UpdatedAt, IReadOnlyList<FeedManifestFile> Files);
