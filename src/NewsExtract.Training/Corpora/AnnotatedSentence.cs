namespace NewsExtract.Training.Corpora;

/// <summary>One gold sentence: its words and an IOB2 tag per word ("O", "B-PERSON", "I-PERSON").</summary>
public sealed record AnnotatedSentence(string[] Words, string[] Tags)
{
    public int Count => Words.Length;
}
