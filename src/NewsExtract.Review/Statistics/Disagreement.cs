namespace NewsExtract.Review.Statistics;

/// <summary>One extraction the first and a second reviewer decided differently, with where to settle it.</summary>
public sealed record Disagreement(string RecordId, string Title, string Key, string Kind, string Text, string First, string Second, string SecondReviewer);
