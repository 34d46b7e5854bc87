using System.Globalization;

namespace NewsExtract.Worker.Commands;

/// <summary>
/// A range of gold files by the number their names start with (<c>101-145</c> takes <c>101-….json</c> to
/// <c>145-….json</c>), so one folder can be scored by part: agency-dev's tune part 101–145 and check part 146–160.
/// </summary>
public sealed record GoldFileRange(int First, int Last)
{
    public static GoldFileRange Parse(string text)
    {
        var parts = text.Split('-', 2, StringSplitOptions.TrimEntries);
        if (parts.Length == 2 && int.TryParse(parts[0], NumberStyles.None, CultureInfo.InvariantCulture, out var first)
            && int.TryParse(parts[1], NumberStyles.None, CultureInfo.InvariantCulture, out var last) && first <= last)
            return new GoldFileRange(first, last);
        if (parts.Length == 1 && int.TryParse(parts[0], NumberStyles.None, CultureInfo.InvariantCulture, out var only))
            return new GoldFileRange(only, only);
        throw new FormatException($"\"{text}\" is not a range of file numbers such as 101-145");
    }

    /// <summary>True when the file name starts with a number inside the range.</summary>
    public bool Contains(string fileName)
    {
        var digits = fileName.TakeWhile(char.IsAsciiDigit).Count();
        return digits > 0 && int.TryParse(fileName.AsSpan(0, digits), NumberStyles.None, CultureInfo.InvariantCulture, out var n) && n >= First && n <= Last;
    }
}
