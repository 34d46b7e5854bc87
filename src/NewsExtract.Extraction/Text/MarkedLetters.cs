namespace NewsExtract.Extraction.Text;

/// <summary>
/// Compares words written with and without diacritics, as English wire copy mixes them in one story ("Vučić" … "Vucic",
/// "Çavuşoğlu" … "Cavusoglu"): the two words have the same length and, letter by letter, are equal but for case or
/// one of them has a letter outside ASCII where the other has an ASCII letter. (The product runs without ICU, so
/// Unicode decomposition is not available; a letter beyond ASCII stands for any one letter of the other spelling.)
/// </summary>
public static class MarkedLetters
{
    /// <summary>True when <paramref name="a"/> and <paramref name="b"/> are one word, written with or without marks.</summary>
    public static bool SameWord(string a, string b)
    {
        if (a.Length != b.Length) return false;
        for (int i = 0; i < a.Length; i++)
        {
            char x = a[i], y = b[i];
            if (x == y || char.ToLowerInvariant(x) == char.ToLowerInvariant(y)) continue;
            bool marked = (!char.IsAscii(x) && char.IsLetter(x) && char.IsAsciiLetter(y)) || (!char.IsAscii(y) && char.IsLetter(y) && char.IsAsciiLetter(x));
            if (!marked) return false;
        }
        return true;
    }

    /// <summary>True when the last word of <paramref name="name"/> (after a space) is <paramref name="word"/>, with or without marks.</summary>
    public static bool EndsWithWord(string name, string word)
    {
        int space = name.LastIndexOf(' ');
        return space >= 0 && SameWord(name[(space + 1)..], word);
    }
}
