using NewsExtract.Core.Documents;

namespace NewsExtract.Extraction.Officials;

/// <summary>
/// A candidate link between a person's mention and a title phrase next to it, before the model decides whether the
/// person holds that office: the sentence (<see cref="Context"/>), the mention's first and last word in it, the title
/// read, whether the title stood before the name, whether the name was found only because a title vouched for it, and
/// the link model's probability (1 under the rules alone).
/// </summary>
public sealed record OfficialCandidate(Entity Person, Mention Mention, TitleMatch Title, bool TitleBefore, TitleContext Context, int FirstWord, int LastWord, bool Untagged)
{
    public float Score { get; init; } = 1f;
}
