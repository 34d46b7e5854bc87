namespace NewsExtract.Storage.Feed;

/// <summary>One feed file in the manifest: its name (relative to the feed folder) and committed length.</summary>
public sealed record FeedManifestFile(string Name, long Bytes, long Lines);
