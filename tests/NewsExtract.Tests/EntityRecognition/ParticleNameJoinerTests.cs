using NewsExtract.Core.Documents;
using NewsExtract.Extraction.EntityRecognition;
using NewsExtract.Tests.Support;

namespace NewsExtract.Tests.EntityRecognition;

/// <summary>Names the tagger cut at a particle are joined; nothing else is. All sentences invented.</summary>
public sealed class ParticleNameJoinerTests
{
    private static List<string> Joined(string text, params (string, string)[] spans)
    {
        var (doc, list) = TokenSpans.Tagged(text, spans);
        ParticleNameJoiner.Join(doc, list);
        return [.. list.Select(s => $"{s.Label}:{text[s.Start..s.End]}")];
    }

    [Fact]
    public void Two_person_spans_cut_at_bin_are_one_name()
    {
        var spans = Joined("The talks with Faisal bin Omar Al Harbi ended.", ("Faisal bin", EntityLabels.Person), ("Omar Al Harbi", EntityLabels.Person));
        Assert.Equal(["PERSON:Faisal bin Omar Al Harbi"], spans);
    }

    [Fact]
    public void After_bin_a_short_span_of_another_label_and_untagged_capitalised_words_belong_to_the_name()
    {
        var spans = Joined("He thanked Nasser bin Khalid bin Saad Al Mutairi and left.",
            ("Nasser bin", EntityLabels.Person), ("Khalid", EntityLabels.Location), ("Saad", EntityLabels.Person));
        Assert.Equal(["PERSON:Nasser bin Khalid bin Saad Al Mutairi"], spans);
    }

    [Fact]
    public void A_name_without_a_particle_and_a_place_after_it_stay_apart()
    {
        var spans = Joined("Omar Haddad Abu Dhabi said.", ("Omar Haddad", EntityLabels.Person), ("Abu Dhabi", EntityLabels.Location));
        Assert.Equal(["PERSON:Omar Haddad", "LOCATION:Abu Dhabi"], spans);
    }

    [Fact]
    public void A_particle_before_punctuation_or_a_lower_case_word_takes_nothing()
    {
        Assert.Equal(["PERSON:Faisal bin"], Joined("It was Faisal bin, not Omar.", ("Faisal bin", EntityLabels.Person)));
        Assert.Equal(["PERSON:Faisal"], Joined("Faisal al said so.", ("Faisal", EntityLabels.Person)));
    }

    [Fact]
    public void A_body_after_al_is_not_taken_only_bin_vouches_for_a_name()
    {
        var spans = Joined("Faisal al Qassimi Group signed.", ("Faisal al", EntityLabels.Person), ("Qassimi Group", EntityLabels.Organization));
        Assert.Equal(["PERSON:Faisal al", "ORGANIZATION:Qassimi Group"], spans);
    }

    [Fact]
    public void A_name_found_after_a_given_name_and_bin_starts_at_the_given_name()
    {
        var spans = Joined("Chairman Hamid bin Rashed Al Nuaimi spoke.", ("Rashed Al Nuaimi", EntityLabels.Person));
        Assert.Equal(["PERSON:Hamid bin Rashed Al Nuaimi"], spans);
    }
}
