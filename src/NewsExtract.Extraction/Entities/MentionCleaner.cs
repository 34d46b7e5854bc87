using NewsExtract.Core.Documents;
using NewsExtract.Extraction.EntityRecognition;
using NewsExtract.Extraction.Gazetteers;
using NewsExtract.Extraction.Lexicons;
using NewsExtract.Extraction.Officials;

namespace NewsExtract.Extraction.Entities;

/// <summary>
/// Turns raw entity spans into name mentions the way the record wants them: no leading "the", no possessive "'s",
/// no trailing punctuation; titles cut off person spans ("Minister Guluzade" → "Guluzade"); "region", "district",
/// "province", "oblast" cut off place names, and "City" where the gazetteer knows the city without it; country long forms typed as places whatever the recogniser said;
/// nationality adjectives dropped (an adjective is not a mention of a place: "Russian companies" names no place); a
/// body or state named only by its kind or form ("the Council", "the Kingdom") dropped; an office after a body's name cut
/// off it ("Foreign Ministry Spokesperson" → "Foreign Ministry"); a "body" named by a kind of place ("Senkaku Islands") a place.
/// </summary>
public static class MentionCleaner
{
    private static readonly string[] PlaceSuffixes = [" region", " district", " province", " oblast", " Region", " District", " Province", " Oblast"];

    public static CleanMention? Clean(string text, EntitySpan span)
    {
        var label = span.Label switch
        {
            EntityLabels.Person => EntityLabels.Person,
            EntityLabels.Organization => EntityLabels.Organization,
            EntityLabels.Location or EntityLabels.Gpe => EntityLabels.Location,
            _ => null,
        };
        if (label is null) return null;
        int start = span.Start, end = span.End;
        Trim(text, ref start, ref end);
        if (StartsWithWord(text, start, end, "the") || StartsWithWord(text, start, end, "The")) { start += 4; Trim(text, ref start, ref end); }
        if (end - start >= 2 && (text[end - 1] == 's' && (text[end - 2] == '\'' || text[end - 2] == '’'))) { end -= 2; Trim(text, ref start, ref end); }
        if (end > start && (text[end - 1] == '\'' || text[end - 1] == '’')) { end--; Trim(text, ref start, ref end); }
        if (end <= start || IsFunctionWord(text[start..end])) return null;

        if (label == EntityLabels.Person)
        {
            // cut leading title words, nationality qualifiers and forms of address: "Minister Guluzade", "Azerbaijani
            // President Ilham Aliyev", "Sheikh Hamad bin Thamer"
            var words = WordScanner.Scan(text, start, end);
            int first = 0;
            while (first < words.Count - 1)
            {
                var w = text[words[first].Start..words[first].End];
                if (TitleLexicon.IsTitleVocabulary(w) || TitleLexicon.IsConnector(w) || CountryLexicon.ShortNameOfAny(w) is not null || IsHonorificHere(text, words, first, end) || w is "," or "-" or ".")
                    first++;
                else break;
            }
            if (first > 0) start = words[first].Start;
            var single = text[start..end];
            if (TitleLexicon.IsTitleVocabulary(single) || CountryLexicon.ShortNameOfAny(single) is not null || Honorifics.IsHonorificAlone(single) || NameParticles.IsParticle(single.ToLowerInvariant())) return null;
        }

        if (label == EntityLabels.Organization) end = WithoutTrailingOffice(text, start, end);
        var surface = text[start..end];
        if (label == EntityLabels.Organization && NamesAPlaceByItsKind(surface)) label = EntityLabels.Location;
        // a body or "place" named only by its kind ("the Cabinet", "the Council") is a generic reference, not a name;
        // a head that goes on with "of …" opens a name the recogniser cut short ("Government of Azerbaijan")
        if (label != EntityLabels.Person && surface.Split(' ', StringSplitOptions.RemoveEmptyEntries).All(OrganisationHeads.Contains)
            && !text.AsSpan(end).StartsWith(" of ", StringComparison.Ordinal)) return null;
        // a state named only by its form ("the Kingdom", "the Islamic Republic") is a reference to it, not a name
        // ("United States", "Hong Kong" are made of such words too, but they are names)
        if (label != EntityLabels.Person && surface.Split(' ', StringSplitOptions.RemoveEmptyEntries).All(CountryLexicon.IsStateFormWord)
            && CountryLexicon.ShortNameOf(surface) is null && !text.AsSpan(end).StartsWith(" of ", StringComparison.Ordinal)) return null;
        if (label == EntityLabels.Location)
        {
            foreach (var suffix in PlaceSuffixes)
                if (surface.EndsWith(suffix, StringComparison.Ordinal) && surface.Length > suffix.Length) { end -= suffix.Length; surface = text[start..end]; break; }
            if (CityWithoutItsKind(surface) is { } city) { end = start + city.Length; surface = city; }
        }
        var country = CountryLexicon.ShortNameOf(surface);
        if (country is not null) label = EntityLabels.Location;
        else if (label != EntityLabels.Person && CountryLexicon.ShortNameOfAdjective(surface) is not null) return null;
        if (!surface.Any(char.IsLetter)) return null;
        return new CleanMention(start, end, label, Normalize(surface), country);
    }

    /// <summary>
    /// The word at <paramref name="index"/> is a form of address: one alone ("Dr", "Datuk"), one opening a run ("Tan" of
    /// "Tan Sri"), or one continuing the run an honorific before it opened ("Seri" of "Datuk Seri Anwar Ibrahim").
    /// </summary>
    private static bool IsHonorificHere(string text, List<TextWord> words, int index, int end)
    {
        var w = text[words[index].Start..words[index].End];
        if (!Honorifics.IsHonorific(w)) return false;
        if (Honorifics.IsHonorificAlone(w) || Honorifics.LeadingLength(text[words[index].Start..end]) > 0) return true;
        return index > 0 && Honorifics.IsHonorific(text[words[index - 1].Start..words[index - 1].End]);
    }

    /// <summary>
    /// A name ending with the kind of place it names ("Senkaku Islands", "Al Duqm City", "Rikoti Pass") names a place, not
    /// a body, when no body word is in it ("Government of Arkadag City" is a body).
    /// </summary>
    private static bool NamesAPlaceByItsKind(string surface)
    {
        var words = surface.Split(' ', StringSplitOptions.RemoveEmptyEntries);
        return words.Length >= 2 && char.IsUpper(words[^1][0]) && FactGazetteer.IsPlaceKind(words[^1])
            && !words[..^1].Any(w => TitleLexicon.IsBodyWord(w) || OrganisationHeads.Contains(w));
    }

    /// <summary>
    /// A body's name never ends with the office of someone in it: "the Foreign Ministry Spokesperson Saeed …" names the
    /// body "Foreign Ministry". The office word is cut when a body word comes before it and no connector does ("Office
    /// of the Prosecutor" is a name).
    /// </summary>
    private static int WithoutTrailingOffice(string text, int start, int end)
    {
        var words = WordScanner.Scan(text, start, end);
        if (words.Count < 2) return end;
        var last = text[words[^1].Start..words[^1].End];
        var before = text[words[^2].Start..words[^2].End];
        if (!TitleLexicon.IsStrongHead(last) || TitleLexicon.IsConnector(before) || !char.IsLetter(before[^1])) return end;
        for (int i = 0; i < words.Count - 1; i++)
            if (TitleLexicon.IsBodyWord(text[words[i].Start..words[i].End])) return words[^2].End;
        return end;
    }

    /// <summary>
    /// A city written with its kind after it ("Yinchuan City", "Arkadag City") is named without it, as the gazetteer
    /// and analysts name it, when the gazetteer knows the city by the short form only ("Kuwait City" and "Mexico City"
    /// are names of their own and stay whole; "Mohamed bin Zayed City" names no city without "City").
    /// </summary>
    private static string? CityWithoutItsKind(string surface)
    {
        const string kind = " City";
        if (!surface.EndsWith(kind, StringComparison.Ordinal) || surface.Length == kind.Length) return null;
        var world = WorldGazetteer.LoadDefault();
        if (world.PlacesNamed(surface).Count > 0) return null;
        var name = surface[..^kind.Length];
        return world.CountryByName(name) is null && world.IsCountryOrUnambiguousCity(name) ? name : null;
    }

    /// <summary>A sentence-initial "The" or "In" tagged as a name on its own names nothing.</summary>
    private static bool IsFunctionWord(string surface) =>
        surface is "The" or "the" or "A" or "An" or "This" or "That" or "These" or "In" or "On" or "At" or "Of" or "And" or "But" or "He" or "She" or "It" or "They";

    public static string Normalize(string surface) => string.Join(' ', surface.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries));

    private static void Trim(string text, ref int start, ref int end)
    {
        while (start < end && (char.IsWhiteSpace(text[start]) || text[start] is '"' or '“' or '(' or ',' or '«')) start++;
        while (end > start && (char.IsWhiteSpace(text[end - 1]) || text[end - 1] is '"' or '”' or ')' or ',' or '.' or ';' or ':' or '»')) end--;
        // keep the dot of an abbreviation ("U.S.", "Inc.")
        if (end < text.Length && text[end] == '.' && end - start >= 2 && text[end - 2] == '.') end++;
    }

    private static bool StartsWithWord(string text, int start, int end, string word) =>
        end - start > word.Length + 1 && string.CompareOrdinal(text, start, word, 0, word.Length) == 0 && char.IsWhiteSpace(text[start + word.Length]);
}
