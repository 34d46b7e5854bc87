using NewsExtract.Core.Documents;
using NewsExtract.Extraction.Lexicons;

namespace NewsExtract.Extraction.EntityRecognition;

/// <summary>
/// A body's name a title names that the recogniser ran on by one or two words into the name of the person right after
/// it ("Chairperson of the African Union Commission Moussa" | "Faki Mahamat"): the words after the body's head
/// (<see cref="OrganisationHeads"/>) are the first of the person's name, so they move from the body's span to the
/// person's. Only when a title ends right before the body and the person's span follows with one space between.
/// </summary>
public static class NamesStartedInsideBodies
{
    private const int MaxMovedWords = 2;

    public static void Move(Document document, List<EntitySpan> spans)
    {
        for (int i = 0; i + 1 < spans.Count; i++)
        {
            var body = spans[i];
            var person = spans[i + 1];
            if (body.Label is not (EntityLabels.Organization or EntityLabels.Location) || person.Label != EntityLabels.Person) continue;
            if (person.FirstToken != body.EndToken || !ParticleNameJoiner.Adjacent(document, body.EndToken - 1, person.FirstToken)) continue;
            int head = body.EndToken - 1;
            while (head > body.FirstToken && body.EndToken - head <= MaxMovedWords && EntitySpanRefiner.IsNameWord(document, document.Tokens[head])
                   && !OrganisationHeads.Contains(document.TextOf(document.Tokens[head]).ToString()))
                head--;
            int moved = body.EndToken - 1 - head;
            if (moved is < 1 or > MaxMovedWords || !OrganisationHeads.Contains(document.TextOf(document.Tokens[head]).ToString())) continue;
            if (!EntitySpanRefiner.TitleEndsBefore(document, body.FirstToken)) continue;
            spans[i] = body with { End = document.Tokens[head].End, TokenCount = head + 1 - body.FirstToken, Recognizer = EntitySpanRefiner.ComponentName };
            spans[i + 1] = person with { Start = document.Tokens[head + 1].Start, FirstToken = head + 1, TokenCount = person.TokenCount + moved, Recognizer = EntitySpanRefiner.ComponentName };
        }
    }
}
