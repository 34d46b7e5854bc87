using NewsExtract.Extraction.Lexicons;
using NewsExtract.Extraction.Text;

namespace NewsExtract.Tests.Text;

/// <summary>
/// The range indexes that replaced scans of every mention answer exactly what the scans answered, on random ranges
/// (nested, overlapping, touching, empty lists) and on hand-picked edges.
/// </summary>
public sealed class RangeIndexTests
{
    private static List<(int Start, int End)> RandomRanges(Random random, int count, int span) =>
        [.. Enumerable.Range(0, count).Select(_ =>
        {
            int start = random.Next(span);
            return (start, start + 1 + random.Next(30));
        })];

    private static bool Overlap((int Start, int End) r, int start, int end) => r.Start < end && start < r.End;

    [Fact]
    public void Overlap_queries_agree_with_a_scan_of_every_range()
    {
        var random = new Random(15);
        for (int round = 0; round < 200; round++)
        {
            var ranges = RandomRanges(random, random.Next(0, 40), 300);
            var index = new RangeIndex(ranges);
            for (int q = 0; q < 50; q++)
            {
                int start = random.Next(-5, 320), end = start + random.Next(0, 40);
                Assert.Equal(ranges.Any(r => Overlap(r, start, end)), index.Overlaps(start, end));
                Assert.Equal(ranges.Where(r => Overlap(r, start, end)).ToList(), index.Overlapping(start, end));
                var first = ranges.Where(r => Overlap(r, start, end)).Select(r => ((int, int)?)r).FirstOrDefault();
                Assert.Equal(first, index.FirstOverlapping(start, end));
                Assert.Equal(ranges.Any(r => r.Start <= start && start < r.End), index.Covers(start));
            }
        }
    }

    [Fact]
    public void Touching_ranges_do_not_overlap()
    {
        var index = new RangeIndex([(0, 5), (10, 12)]);
        Assert.False(index.Overlaps(5, 10));
        Assert.True(index.Overlaps(4, 6));
        Assert.Null(index.FirstOverlapping(12, 20));
        Assert.Equal((0, 5), index.FirstOverlapping(0, 20));
    }

    [Fact]
    public void Disjoint_ranges_answer_overlaps_as_a_scan_of_the_ranges_added()
    {
        var random = new Random(7);
        for (int round = 0; round < 200; round++)
        {
            var set = new DisjointRanges();
            var added = new List<(int Start, int End)>();
            foreach (var (start, end) in RandomRanges(random, 40, 400))
            {
                bool overlaps = added.Any(r => Overlap(r, start, end));
                Assert.Equal(overlaps, set.Overlaps(start, end));
                if (overlaps) continue;
                set.Add(start, end);
                added.Add((start, end));
            }
        }
    }

    [Fact]
    public void A_range_overlapping_the_set_is_refused()
    {
        var set = new DisjointRanges();
        set.Add(10, 20);
        Assert.Throws<InvalidOperationException>(() => set.Add(15, 25));
        set.Add(20, 30);
        Assert.True(set.Overlaps(19, 21));
    }

    [Fact]
    public void The_sentence_holding_an_offset_is_found_by_bisection_as_by_a_scan()
    {
        var sentences = new List<(int Start, int End)> { (0, 10), (11, 30), (30, 31), (40, 55) };
        for (int offset = -2; offset < 60; offset++)
        {
            int expected = sentences.FindIndex(s => s.Start <= offset && offset < s.End);
            Assert.Equal(expected, SentenceRanges.IndexAt(sentences, offset));
        }
        Assert.Equal(-1, SentenceRanges.IndexAt([], 3));
    }
}
