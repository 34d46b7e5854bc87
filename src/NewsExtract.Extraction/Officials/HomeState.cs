namespace NewsExtract.Extraction.Officials;

/// <summary>
/// The state an article is about and how it was found: "dateline" (a state named in the dateline), "capital" (the
/// dateline city is a capital), "city" or "agency" (a known dateline city or news agency), "named" (the state named
/// most often), or "none".
/// </summary>
public sealed record HomeState(string? Country, string How);
