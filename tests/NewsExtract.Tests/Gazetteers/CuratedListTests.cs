using NewsExtract.Extraction.Gazetteers;
using NewsExtract.Extraction.Lexicons;
using NewsExtract.Extraction.Officials;
using NewsExtract.Tests.Support;

namespace NewsExtract.Tests.Gazetteers;

/// <summary>The curated lists beside the gazetteer are read strictly: comments skipped, a malformed line named.</summary>
public sealed class CuratedListTests
{
    [Fact]
    public void Comments_and_blank_lines_are_skipped_and_rows_keep_their_columns()
    {
        using var temp = new TempDirectory();
        File.WriteAllText(temp.File("list.tsv"), "# a comment\n\nDr\tany\nTan\trun\n");

        var rows = CuratedList.Read(temp.File("list.tsv"), "list.tsv", columns: 2);

        Assert.Equal([["Dr", "any"], ["Tan", "run"]], rows);
    }

    [Fact]
    public void A_line_with_the_wrong_number_of_columns_is_refused_with_its_line_number()
    {
        using var temp = new TempDirectory();
        File.WriteAllText(temp.File("list.tsv"), "# header\nDr\tany\nSheikh\n");

        var ex = Assert.Throws<InvalidDataException>(() => CuratedList.Read(temp.File("list.tsv"), "list.tsv", columns: 2));
        Assert.Contains("list.tsv:3", ex.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_missing_list_is_a_clear_error_naming_it()
    {
        using var temp = new TempDirectory();
        var ex = Assert.Throws<FileNotFoundException>(() => CuratedList.Read(temp.File("absent.tsv"), "absent.tsv", columns: 1));
        Assert.Contains("absent.tsv", ex.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void The_shipped_honorifics_strip_a_run_but_a_run_word_alone_may_be_a_name()
    {
        Assert.Equal("Tan Sri ".Length, Honorifics.LeadingLength("Tan Sri Ahmad Zahid"));
        Assert.Equal("Dr ".Length, Honorifics.LeadingLength("Dr Xavier Jayakumar"));
        Assert.Equal(0, Honorifics.LeadingLength("Tan Ahmad"));
        Assert.True(Honorifics.IsHonorific("Sheikh"));
        Assert.False(Honorifics.IsHonorific("Minister"));
    }

    [Fact]
    public void The_shipped_title_words_give_each_word_its_roles_and_a_strong_head_is_a_head()
    {
        Assert.True(TitleLexicon.IsStrongHead("Minister"));
        Assert.True(TitleLexicon.IsHead("minister"));
        Assert.True(TitleLexicon.IsHead("ex-minister"));
        Assert.True(TitleLexicon.IsHead("general"));
        Assert.False(TitleLexicon.IsStrongHead("general"));
        Assert.True(TitleLexicon.IsModifier("Deputy"));
        Assert.True(TitleLexicon.IsBodyWord("Ministry"));
        Assert.True(TitleLexicon.IsPortfolioWord("Economy"));
        Assert.False(TitleLexicon.IsTitleVocabulary("Tuesday"));
        Assert.True(TitleLexicon.IsRank("Colonel"));
        Assert.False(TitleLexicon.IsRank("colonel"));
    }
}
