namespace NewsExtract.Storage.State;

/// <summary>A record in the feed: its place in the gap-free feed sequence (1, 2, 3 … in publication order), its file and JSON line.</summary>
public sealed record FeedEntry(long Sequence, string Id, int Revision, string FeedFile, string JsonLine);
