using NewsExtract.Core.Documents;
using NewsExtract.Extraction.Text;

namespace NewsExtract.Tests.Text;

/// <summary>Tokenizes a text and checks the token texts and the offsets they came from.</summary>
internal static class TokenAssert
{
    public static List<Token> Tokenize(string text)
    {
        var tokens = new List<Token>();
        Tokenizer.Tokenize(text, tokens);
        return tokens;
    }

    public static string[] Texts(string text) => [.. Tokenize(text).Select(t => text[t.Start..t.End])];

    /// <summary>
    /// The tokens of <paramref name="text"/> are exactly <paramref name="expected"/>, and each token's offsets are
    /// where that text next occurs after the previous token (so offsets slice the original to the token text).
    /// </summary>
    public static void Tokens(string text, params string[] expected)
    {
        var tokens = Tokenize(text);
        var actual = tokens.Select(t => text[t.Start..t.End]).ToArray();
        Assert.Equal(expected, actual);

        int from = 0;
        for (int i = 0; i < tokens.Count; i++)
        {
            int at = text.IndexOf(expected[i], from, StringComparison.Ordinal);
            Assert.True(at >= 0, $"'{expected[i]}' not found after offset {from}");
            Assert.Equal(at, tokens[i].Start);
            Assert.Equal(at + expected[i].Length, tokens[i].End);
            Assert.True(string.IsNullOrWhiteSpace(text[from..at]), $"Text skipped before token {i}: '{text[from..at]}'");
            from = tokens[i].End;
        }
        Assert.True(string.IsNullOrWhiteSpace(text[from..]), $"Text left after the last token: '{text[from..]}'");
    }

    /// <summary>The tokens of <paramref name="text"/> contain <paramref name="expected"/> as a contiguous run.</summary>
    public static void Contains(string text, params string[] expected)
    {
        var actual = Texts(text);
        for (int i = 0; i + expected.Length <= actual.Length; i++)
        {
            if (actual.AsSpan(i, expected.Length).SequenceEqual(expected))
                return;
        }
        Assert.Fail($"Expected run [{string.Join(" | ", expected)}] in [{string.Join(" | ", actual)}]");
    }
}
