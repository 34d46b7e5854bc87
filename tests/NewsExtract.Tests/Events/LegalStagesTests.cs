using NewsExtract.Extraction.Events;

namespace NewsExtract.Tests.Events;

/// <summary>The stage of a case a sentence reports is read from its first stage word. All sentences invented.</summary>
public sealed class LegalStagesTests
{
    [Theory]
    [InlineData("Police arrested the mayor of Harbour on Tuesday, and he was charged later.", LegalStages.Arrest)]
    [InlineData("The court placed Orlov in custody for two months.", LegalStages.Arrest)]
    [InlineData("Prosecutors indicted the former minister on bribery counts.", LegalStages.Charge)]
    [InlineData("The firm was accused of hiding losses.", LegalStages.Charge)]
    [InlineData("The court sentenced him to five years and he was arrested in the courtroom.", LegalStages.Judgment)]
    [InlineData("The board fined three banks for price fixing.", LegalStages.Judgment)]
    [InlineData("His lawyers will appeal the ruling.", LegalStages.Appeal)]
    [InlineData("An appeals court on Monday overturned the acquittal.", LegalStages.Judgment)]
    [InlineData("The Court of Appeal upheld the fine.", LegalStages.Judgment)]
    [InlineData("The union imposed sanctions on two shipping firms.", LegalStages.Sanction)]
    public void The_first_stage_word_gives_the_stage(string sentence, string stage) => Assert.Equal(stage, LegalStages.Of(sentence));

    [Fact]
    public void A_sentence_without_a_stage_word_has_none() =>
        Assert.Null(LegalStages.Of("The hearing was postponed to next month."));
}
