using NewsExtract.Extraction.Officials;

namespace NewsExtract.Training.Officials;

/// <summary>
/// The rows of one article for the two classifiers: link rows (one per (person mention, title) candidate, with the
/// person's key so candidates can be pooled per person) and country rows (one per candidate state of each official
/// that matches a gold one, with the official's key and the state), and for each such official whether the rule
/// (<see cref="OfficialRecognizer.RuleCountry"/>) gets its state right.
/// </summary>
public sealed record OfficialTrainingRows(
    string ArticleId,
    IReadOnlyList<(string Person, OfficialFeatureRow Row)> Links,
    IReadOnlyList<(string Official, string? Country, OfficialFeatureRow Row)> Countries,
    IReadOnlyDictionary<string, bool> RuleCountryCorrect,
    int GoldOfficials);
