using System.Text.Json.Serialization;

namespace NewsExtract.Review.Server;

/// <summary>
/// The body of a decision POST: which revision, what action, about which annotation (not for additions), and for
/// corrections and additions the fields that change. Numbers may be sent as numbers or strings. Bulk POSTs add a
/// <see cref="Scope"/>; completion POSTs say <see cref="Done"/> and what to do with pending extractions.
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
    public string? Organization { get; init; }
    [JsonNumberHandling(JsonNumberHandling.AllowReadingFromString)]
    public decimal? Amount { get; init; }
    [JsonNumberHandling(JsonNumberHandling.AllowReadingFromString)]
    public decimal? AmountMax { get; init; }
    public string? Currency { get; init; }
    public string? Measure { get; init; }
    public string? Period { get; init; }
    public string? Change { get; init; }
    /// <summary>An added event's type.</summary>
    public string? EventType { get; init; }
    public IReadOnlyList<string>? Participants { get; init; }
    /// <summary>An event participant's role by participant name (agent, counterpart, host, target, beneficiary, other).</summary>
    public IReadOnlyDictionary<string, string>? Roles { get; init; }
    /// <summary>An event's status: occurred, planned or cancelled; empty clears it.</summary>
    public string? Status { get; init; }
    public string? Location { get; init; }
    /// <summary>An event's date or a date's value, ISO 8601 ("2024", "2024-05", "2024-05-14", "2024-01/2024-03").</summary>
    public string? When { get; init; }
    [JsonNumberHandling(JsonNumberHandling.AllowReadingFromString)]
    public decimal? Value { get; init; }
    public string? Unit { get; init; }
    /// <summary>True when a first reviewer decides to settle a disagreement with a second reviewer (see <see cref="NewsExtract.Storage.Review.ReviewDecision.Settles"/>).</summary>
    public bool? Settles { get; init; }
    /// <summary>For bulk requests: "entity" (every mention of the target's entity) or "type" (every extraction of its type).</summary>
    public string? Scope { get; init; }
    /// <summary>For assignment requests: the reviewer given the article, and the role (first or second).</summary>
    public string? Assignee { get; init; }
    public string? Role { get; init; }
    /// <summary>For completion requests: true marks the article reviewed, false reopens it.</summary>
    public bool? Done { get; init; }
    /// <summary>For completion with extractions still pending: "accept" accepts them first; absent, the request is refused.</summary>
    public string? Pending { get; init; }
}
