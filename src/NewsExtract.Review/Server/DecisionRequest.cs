using System.Text.Json.Serialization;

namespace NewsExtract.Review.Server;

/// <summary>
/// The body of a decision POST: which revision, what action, about which annotation (not for additions), and for
/// corrections and additions the fields that change. Amount may be sent as a number or a string.
/// </summary>
public sealed record DecisionRequest
{
    public int Revision { get; init; }
    public string? Action { get; init; }
    public string? Target { get; init; }
    public string? Type { get; init; }
    public int? Start { get; init; }
    public int? End { get; init; }
    public string? Title { get; init; }
    public string? Country { get; init; }
    [JsonNumberHandling(JsonNumberHandling.AllowReadingFromString)]
    public decimal? Amount { get; init; }
    public string? Currency { get; init; }
    public string? Measure { get; init; }
    public string? Period { get; init; }
    /// <summary>For completion requests: true marks the article reviewed, false reopens it.</summary>
    public bool? Done { get; init; }
}
