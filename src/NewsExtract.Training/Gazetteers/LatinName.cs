namespace NewsExtract.Training.Gazetteers;

/// <summary>
/// Which alternative names of a place are worth keeping for English copy: Latin script, capitalised (lower-case
/// alternatives in the sources are transliteration keys, not names), no digits, of a sensible length.
/// </summary>
public static class LatinName
{
    public static bool IsUsable(string name)
    {
        if (name.Length < 2 || name.Length > 40 || !char.IsUpper(name[0]) || name.Contains(',')) return false;
        foreach (char c in name)
        {
            if (char.IsDigit(c)) return false;
            if (char.IsLetter(c) && c > '\u024F') return false; // beyond Latin Extended-B: another script
        }
        return true;
    }

    /// <summary>True when every character is plain ASCII: a spelling English copy uses, not one with another language's diacritics.</summary>
    public static bool IsAscii(string name) => name.All(char.IsAscii);

    /// <summary>True for a code in capitals such as an airport's ("BAK"): a place's alternative name that copy never uses.</summary>
    public static bool IsCode(string name) => name.Length <= 4 && name.All(c => char.IsUpper(c) || c == '.');

    /// <summary>A lower-case source word written as copy capitalises it: "south korean" → "South Korean".</summary>
    public static string Capitalise(string lower) =>
        string.Join(' ', lower.Split(' ', StringSplitOptions.RemoveEmptyEntries).Select(w => char.ToUpperInvariant(w[0]) + w[1..]));
}
