using NewsExtract.Tests.Support;
using NewsExtract.Training.Gazetteers;

namespace NewsExtract.Tests.Gazetteers;

/// <summary>
/// The shipped gazetteer keeps no organisation name of ten words or more: a body named that long is kept under its
/// abbreviation, or left out when it has none, and such a long other name is dropped.
/// </summary>
public sealed class OrganisationNameLengthTests
{
    [Fact]
    public void Names_longer_than_the_bound_give_way_to_the_abbreviation_or_leave_the_body_out()
    {
        using var dir = new TempDirectory();
        Directory.CreateDirectory(dir.File("international-organisations"));
        File.WriteAllText(dir.File("international-organisations/general_list.yaml"), """
            Harbour Union:
              Name_en: Harbour Union of the Northern Sea
              Abbreviation_en: HUNS
              Name_other1_en: Northern Sea Harbour Union for the Common Care of Docks and Their Cranes
              Wikidata_code: Q1
            Long Office:
              Name_en: Office for the Joint Study of Tides and Currents in the Seas of Norland
              Abbreviation_en: OJST
              Wikidata_code: Q2
            Longer Office:
              Name_en: Bureau for the Joint Study of Tides and Currents in the Seas of Velmora
            """);

        var organisations = OrganisationListReader.Read(new GazetteerSources(dir.Path));

        Assert.Equal(["Harbour Union of the Northern Sea", "OJST"], organisations.Select(o => o.Name).ToArray());
        Assert.Empty(organisations[0].OtherNames);
        Assert.Equal("Q2", organisations[1].WikidataId);
        Assert.All(organisations.SelectMany(o => o.OtherNames.Prepend(o.Name)),
            name => Assert.True(name.Split(' ').Length <= OrganisationListReader.MaxNameWords, name));
    }
}
