namespace NewsExtract.Extraction.EntityRecognition;

/// <summary>Capitalisation and character-class flags of one token, as bits.</summary>
[Flags]
public enum TokenCase : ushort
{
    None = 0,
    InitialCapital = 1,
    AllCapitals = 2,
    HasDigit = 4,
    AllDigits = 8,
    HasHyphen = 16,
    HasPeriod = 32,
    Punctuation = 64,
    MixedCase = 128,
    HasLetter = 256,
    AllLower = 512,
}
