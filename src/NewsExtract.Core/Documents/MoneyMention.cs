namespace NewsExtract.Core.Documents;

/// <summary>
/// A monetary amount found in the text, normalised: <see cref="Amount"/> in units of <see cref="Currency"/>
/// (ISO 4217). A range such as "$5-7 million" keeps its upper end in <see cref="AmountMax"/>.
/// </summary>
public sealed record MoneyMention(int Start, int End, decimal Amount, decimal? AmountMax, string Currency)
{
    /// <summary>What the amount measures (trade turnover, exports, investment…), when known.</summary>
    public string? Measure { get; init; }

    /// <summary>The period or date the amount refers to, as written ("January-June 2018"), when known.</summary>
    public string? Period { get; init; }

    /// <summary>A change stated with the amount ("5.76 percent more than …"), as written, when known.</summary>
    public string? Change { get; init; }

    /// <summary>The direction of <see cref="Change"/>: one of <see cref="ChangeDirections"/>, when the wording says.</summary>
    public string? ChangeDirection { get; init; }

    /// <summary>How the text hedges the amount ("more than", "about" …): one of <see cref="Qualifiers"/>, or null.</summary>
    public string? Qualifier { get; init; }
}
