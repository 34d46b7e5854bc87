using System.Text.Json;
using System.Text.RegularExpressions;
using NewsExtract.Core.Documents;
using NewsExtract.Extraction.Events;

namespace NewsExtract.Tests.Events;

/// <summary>
/// The trigger patterns check the lookbehinds of "opened", "launched", "conference" and "turnover" after the word
/// (for speed). These tests hold them to the form that checks before the word: the same matches on crafted sentences
/// for each guarded case and on every corpus text.
/// </summary>
public class TriggerPatternOrderTests
{
    private const RegexOptions Options = RegexOptions.IgnoreCase;

    private static readonly Regex ProjectBefore = new(@"\b(?:construction (?:of|work|began|started)|(?:began|started|launched|completed) (?:the )?construction|under construction|inaugurat(?:ed|es|ion)|(?<!\b(?:case|cases|proceedings|investigation|probe|inquiry)\s+(?:has been |have been |was |were |is |are )?)opened(?!\s+(?:an? |the )?(?:criminal |new )?(?:case|cases|proceedings|investigation|probe|inquiry|fire)\b)|opening ceremony|(?<!\b(?:case|proceedings|investigation|probe|inquiry|operation|offensive|campaign),?\s+(?:which was |that was |was |were |has been |had been )?)launched(?!\s+(?:an? |the )?(?:criminal |new |official |full-scale |joint |military |special |security )?(?:case|proceedings|investigation|probe|inquiry|attack|offensive|strikes?|campaign|operation)\b)|commission(?:ed|ing)|groundbreaking|foundation stone|laid the foundation|put into (?:operation|service)|went into operation|reconstruction|restoration|repair(?:s|ed|ing)?|rebuil(?:t|d|ding)|moderni[sz]ation)\b", Options);

    private static readonly Regex ConferenceBefore = new(@"\b(?:forum|(?<!\b(?:press|news|media|briefing)[ -])conference|exhibition|summit|expo|congress|roadshow|symposium|session of the (?:\w+ )?commission|general assembly|annual meeting)\b", Options);

    private static readonly Regex TradeBefore = new(@"\b(?:trade turnover|(?<!\b(?:cargo|freight|passenger|container|transit)\s)turnover|exports?|exported|imports?|imported|trade between|trade with|bilateral trade|foreign trade|external trade|trade (?:surplus|deficit|volume|balance))\b", Options);

    public static TheoryData<string> Sentences() =>
    [
        "A criminal case was opened against the mayor.",
        "The investigation has been opened into the fire.",
        "The president opened the new bridge on Monday.",
        "The plant opened a criminal case, oddly.",
        "Police opened fire on the crowd.",
        "The campaign, which was launched in May, ended.",
        "The operation launched an offensive at dawn.",
        "The company launched the construction of a plant.",
        "Officials launched a new rail line.",
        "Probe launched into the collapse.",
        "The ministers held a press conference after the conference.",
        "A news-conference followed the Investment Conference in Baku.",
        "Cargo turnover grew while trade turnover fell; freight  turnover and turnover of goods rose.",
        "The transit turnover and Transit Turnover both rose, as did TURNOVER.",
    ];

    [Theory]
    [MemberData(nameof(Sentences))]
    public void Project_conference_and_trade_patterns_match_as_with_the_lookbehind_first(string sentence) => AssertSame(sentence);

    [Fact]
    public void Patterns_match_as_with_the_lookbehind_first_on_every_corpus_text()
    {
        var root = AppContext.BaseDirectory;
        while (!File.Exists(Path.Combine(root, "NewsExtract.sln"))) root = Path.GetDirectoryName(root)!;
        var files = Directory.GetFiles(Path.Combine(root, "corpus"), "*.json", SearchOption.AllDirectories);
        Assert.NotEmpty(files);
        int texts = 0;
        foreach (var file in files)
        {
            using var json = JsonDocument.Parse(File.ReadAllText(file));
            if (!json.RootElement.TryGetProperty("text", out var text) || text.GetString() is not { } body) continue;
            AssertSame(body);
            texts++;
        }
        Assert.True(texts > 10);
    }

    private static void AssertSame(string text)
    {
        Assert.Equal(Spans(ProjectBefore, text), Spans(Trigger(EventTypes.Project), text));
        Assert.Equal(Spans(ConferenceBefore, text), Spans(Trigger(EventTypes.Conference), text));
        Assert.Equal(Spans(TradeBefore, text), Spans(Trigger(EventTypes.Trade), text));
    }

    private static Regex Trigger(string type) => EventTriggerLexicon.Triggers.Single(t => t.Type == type).Trigger;

    private static List<(int, int)> Spans(Regex pattern, string text) => [.. pattern.Matches(text).Select(m => (m.Index, m.Length))];
}
