namespace NewsExtract.Extraction.Numbers;

/// <summary>
/// A number as written in the text: characters [Start, End), its value, and how it was written (digit groups,
/// a fractional part), which callers use to tell amounts from years.
/// </summary>
public readonly record struct NumberLiteral(int Start, int End, decimal Value, int IntegerDigits, bool HasGrouping, bool HasFraction)
{
    public bool IsPlainInteger => !HasGrouping && !HasFraction;

    /// <summary>Four plain digits between 1800 and 2199: could be a year.</summary>
    public bool LooksLikeYear => IsPlainInteger && IntegerDigits == 4 && Value is >= 1800 and <= 2199;
}
