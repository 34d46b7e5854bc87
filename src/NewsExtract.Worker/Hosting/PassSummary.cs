namespace NewsExtract.Worker.Hosting;

/// <summary>Counts from one pass over the sources.</summary>
public sealed record PassSummary(int New, int Revised, int Unchanged, int Failed, int Published);
