using NewsExtract.Core.Documents;
using NewsExtract.Extraction.Officials;

namespace NewsExtract.Tests.Officials;

/// <summary>
/// The latest mention before a nominal reference ("the minister") is found by a sweep in text order; asked in any
/// order, with mentions added on the way, it answers what a scan of every mention answers.
/// </summary>
public sealed class LatestMentionBeforeTests
{
    private static int Scan(IEnumerable<Mention> mentions, int position) =>
        mentions.Where(m => m.End <= position).Select(m => m.Start).DefaultIfEmpty(-1).Max();

    [Theory]
    [InlineData(true)]
    [InlineData(false)]
    public void Answers_as_a_scan_of_every_mention(bool inTextOrder)
    {
        var random = new Random(inTextOrder ? 3 : 4);
        for (int round = 0; round < 200; round++)
        {
            var mentions = Enumerable.Range(0, random.Next(0, 20)).Select(_ =>
            {
                int start = random.Next(500);
                return new Mention(start, start + 1 + random.Next(20));
            }).ToList();
            var latest = new LatestMentionBefore(mentions);
            var positions = Enumerable.Range(0, 30).Select(_ => random.Next(600)).ToList();
            if (inTextOrder) positions.Sort();
            foreach (int position in positions)
            {
                Assert.Equal(Scan(mentions, position), latest.StartBefore(position));
                if (random.Next(3) == 0)
                {
                    // a resolved reference becomes a mention where it stands
                    var reference = new Mention(position, position + 1 + random.Next(12));
                    mentions.Add(reference);
                    latest.Add(reference);
                }
            }
        }
    }

    [Fact]
    public void No_mention_before_the_position_gives_minus_one()
    {
        var latest = new LatestMentionBefore([new Mention(10, 20)]);
        Assert.Equal(-1, latest.StartBefore(19));
        Assert.Equal(10, latest.StartBefore(20));
    }
}
