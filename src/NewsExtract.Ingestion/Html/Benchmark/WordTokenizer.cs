using System.Globalization;
using System.Text;

namespace NewsExtract.Ingestion.Html.Benchmark;

/// <summary>
/// The benchmark's tokens: maximal runs of Unicode letters (L*), numbers (N*) and '_' — Python's <c>\w</c>, which
/// differs from .NET's. Walks <see cref="Rune"/>s so characters outside the BMP count as one character.
/// </summary>
public static class WordTokenizer
{
    public static List<string> Words(string? text)
    {
        var words = new List<string>();
        if (string.IsNullOrEmpty(text))
            return words;
        var start = -1;
        var index = 0;
        foreach (var rune in text.EnumerateRunes())
        {
            if (IsWordRune(rune))
            {
                if (start < 0)
                    start = index;
            }
            else if (start >= 0)
            {
                words.Add(text[start..index]);
                start = -1;
            }
            index += rune.Utf16SequenceLength;
        }
        if (start >= 0)
            words.Add(text[start..]);
        return words;
    }

    public static bool IsWordRune(Rune rune)
    {
        if (rune.Value == '_')
            return true;
        return Rune.GetUnicodeCategory(rune) switch
        {
            UnicodeCategory.UppercaseLetter or UnicodeCategory.LowercaseLetter or UnicodeCategory.TitlecaseLetter
                or UnicodeCategory.ModifierLetter or UnicodeCategory.OtherLetter
                or UnicodeCategory.DecimalDigitNumber or UnicodeCategory.LetterNumber or UnicodeCategory.OtherNumber => true,
            _ => false,
        };
    }
}
