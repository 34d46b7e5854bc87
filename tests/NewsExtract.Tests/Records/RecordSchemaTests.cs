using System.Text.Json.Nodes;
using Microsoft.Extensions.Time.Testing;
using NewsExtract.Core.Articles;
using NewsExtract.Core.Documents;
using NewsExtract.Core.Records;
using NewsExtract.Extraction.Records;
using NewsExtract.Tests.Support;

namespace NewsExtract.Tests.Records;

public sealed class RecordSchemaTests
{
    private static string ValidLine()
    {
        var document = new Document(new Article { Key = "a.txt", Text = "Loans of AZN 5.2 mln were issued.", Source = new ArticleSource("local", null, "a.txt") });
        document.Money.Add(new MoneyMention(9, 20, 5_200_000m, null, "AZN"));
        document.Entities.Add(new Entity(EntityLabels.Organization, "AZN", [new Mention(9, 12)]));
        return RecordSerializer.ToJsonLine(new RecordBuilder(new FakeTimeProvider()).Build(document));
    }

    [Fact]
    public void A_built_record_is_valid() => RecordSchema.AssertValid(ValidLine());

    [Theory]
    [InlineData("persons", null)]
    [InlineData("schemaVersion", "1")]
    [InlineData("id", "\"not-hex\"")]
    [InlineData("extractedAt", "\"last week\"")]
    [InlineData("unexpected", "true")]
    public void A_record_breaking_the_contract_is_rejected(string property, string? json)
    {
        var node = JsonNode.Parse(ValidLine())!.AsObject();
        if (json is null) node.Remove(property);
        else node[property] = JsonNode.Parse(json);
        Assert.ThrowsAny<Xunit.Sdk.XunitException>(() => RecordSchema.AssertValid(node.ToJsonString()));
    }

    [Fact]
    public void A_mention_whose_text_is_not_its_slice_is_rejected()
    {
        var node = JsonNode.Parse(ValidLine())!.AsObject();
        node["money"]![0]!["start"] = 8;
        Assert.ThrowsAny<Xunit.Sdk.XunitException>(() => RecordSchema.AssertValid(node.ToJsonString()));
    }

    [Fact]
    public void A_lower_case_currency_is_rejected()
    {
        var node = JsonNode.Parse(ValidLine())!.AsObject();
        node["money"]![0]!["currency"] = "azn";
        Assert.ThrowsAny<Xunit.Sdk.XunitException>(() => RecordSchema.AssertValid(node.ToJsonString()));
    }
}
