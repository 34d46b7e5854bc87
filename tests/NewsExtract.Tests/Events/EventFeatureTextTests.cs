using NewsExtract.Extraction.Events;

namespace NewsExtract.Tests.Events;

public class EventFeatureTextTests
{
    [Theory]
    [InlineData("BAKU, Azerbaijan, July 15 / Trend / The minister met the envoy.", "The minister met the envoy.")]
    [InlineData("MOSCOW, November 21. /TASS/. A court arrested the official.", "A court arrested the official.")]
    [InlineData("ALMATY, March 15 (Kazinform) – The court sentenced him.", "The court sentenced him.")]
    [InlineData("The EU delegation met the minister.", "The EU delegation met the minister.")]
    public void Dateline_is_removed_before_the_sentence_is_read(string sentence, string expected) =>
        Assert.Equal(expected, EventFeatureText.WithoutDateline(sentence));

    [Fact]
    public void Trigger_tokens_carry_the_mood_of_the_sentence()
    {
        Assert.Contains("trig_agreement_future", EventFeatureText.For("The ministers will sign a memorandum on transit."));
        Assert.Contains("trig_agreement_past", EventFeatureText.For("The ministers signed a memorandum on transit."));
        Assert.Contains("trig_legal_neg", EventFeatureText.For("The court did not sentence the former mayor."));
    }

    [Fact]
    public void A_trigger_takes_the_mood_of_its_own_clause()
    {
        var features = EventFeatureText.For("Georgia imported wheat worth $90 million in 2019, and the new mill will cut imports by a third.");
        Assert.Contains("trig_trade_past", features);
        Assert.Contains("trig_trade_future", features);
        Assert.Contains("mood_future", features);
    }
}
