using System.Text.RegularExpressions;
using NewsExtract.Core.Documents;
using NewsExtract.Core.Records;
using NewsExtract.Extraction.Events;

namespace NewsExtract.Tests.Events;

/// <summary>How a trade sentence with figures for several partners becomes one event per partner, on sentences written for these tests.</summary>
public sealed class TradePartnersTests
{
    /// <summary>The events of <paramref name="sentence"/>: the participants of each, named by their names and joined with "+".</summary>
    private static List<string> Events(string sentence, params string[] states)
    {
        var parties = states.Select(s =>
        {
            int at = sentence.IndexOf(s, StringComparison.Ordinal);
            return (new EventParticipant(s, EntityLabels.Location, EventRoles.Agent), new Mention(at, at + s.Length));
        }).ToList();
        var figures = Regex.Matches(sentence, @"\$[\d.]+ (?:billion|million)|\d+ percent").Select(m => (m.Index, m.Index + m.Length)).ToList();
        return [.. TradePartners.OnePerPartner(parties, 0, sentence.Length, figures, sentence).Select(e => string.Join("+", e.Select(p => p.Name)))];
    }

    [Fact]
    public void Figures_written_after_their_partners_give_one_event_each()
    {
        var events = Events("Ostland's exports to Northland reached $2.1 billion, to Southland $1.4 billion.", "Ostland", "Northland", "Southland");
        Assert.Equal(["Ostland+Northland", "Ostland+Southland"], events);
    }

    [Fact]
    public void Figures_written_before_their_partners_give_one_event_each()
    {
        var events = Events("Ostland sold goods worth $3.4 billion to Northland, $1.1 billion to Southland and $900 million to Westland.",
            "Ostland", "Northland", "Southland", "Westland");
        Assert.Equal(["Ostland+Northland", "Ostland+Southland", "Ostland+Westland"], events);
    }

    [Fact]
    public void A_national_total_before_the_partners_is_an_event_of_its_own()
    {
        var events = Events("Ostland's trade reached $9.0 billion, with Northland taking 30 percent and Southland 12 percent.", "Ostland", "Northland", "Southland");
        Assert.Equal(["Ostland", "Ostland+Northland", "Ostland+Southland"], events);
    }

    [Fact]
    public void The_state_whose_partner_another_is_reports_the_trade_and_takes_no_figure()
    {
        var events = Events("Northland remained Ostland's top trade partner with $8.2 billion and Southland came second with $5.8 billion.",
            "Northland", "Ostland", "Southland");
        Assert.Equal(["Ostland+Northland", "Ostland+Southland"], events);
    }

    [Fact]
    public void One_partner_with_a_figure_leaves_the_sentence_one_event()
    {
        var events = Events("Trade between Ostland and Northland reached $1.2 billion.", "Ostland", "Northland");
        Assert.Equal(["Ostland+Northland"], events);
    }
}
