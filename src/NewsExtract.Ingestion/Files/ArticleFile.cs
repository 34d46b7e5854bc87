namespace NewsExtract.Ingestion.Files;

/// <summary>An article file found on disk, with its key: the path relative to the folder it was found under.</summary>
public sealed record ArticleFile(string FullPath, string Key);
