namespace NewsExtract.Training.Gazetteers;

/// <summary>What a gazetteer build wrote: counts per kind of entry, for the card and the command's output.</summary>
public sealed record GazetteerBuildResult(int Countries, int Cities, int Regions, int PlaceNames, int Organisations, int Titles, long Bytes);
