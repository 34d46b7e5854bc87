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

    /// <summary>A change stated with the amount ("5.76 percent more than …"), when known.</summary>
    public string? Change { get; init; }
}
