using NewsExtract.Extraction.Text;

namespace NewsExtract.Tests.Text;

public sealed class MarkedLettersTests
{
    [Theory]
    [InlineData("Jovičić", "Jovicic", true)]
    [InlineData("Cavusoglu", "Çavuşoğlu", true)]
    [InlineData("Łaska", "Laska", true)]
    [InlineData("jovicic", "Jovicic", true)]
    [InlineData("Jovičić", "Jevicic", false)]
    [InlineData("Jovičić", "Jovicici", false)]
    [InlineData("Kovac", "Kovač-", false)]
    [InlineData("Ko-ac", "Kovac", false)]
    public void Words_are_the_same_written_with_or_without_marks(string a, string b, bool same)
    {
        Assert.Equal(same, MarkedLetters.SameWord(a, b));
        Assert.Equal(same, MarkedLetters.SameWord(b, a));
    }

    [Theory]
    [InlineData("Aleksa Jovičić", "Jovicic", true)]
    [InlineData("Aleksa Jovičić", "Aleksa", false)]
    [InlineData("Jovičić", "Jovicic", false)]
    public void A_name_ends_with_the_word_after_a_space(string name, string word, bool ends) =>
        Assert.Equal(ends, MarkedLetters.EndsWithWord(name, word));
}
