using NewsExtract.Extraction.Lexicons;

namespace NewsExtract.Extraction.Officials;

/// <summary>
/// Finds people's names the recogniser missed where a title vouches for them: a run of one to three capitalised
/// words, none of them title, body, country or calendar words, written right after a title ("Minister of Economy
/// Mikayil Jabbarov", "President Aliyev"), or a run of two or three given an office right after it ("Lee Min-seok as
/// culture minister"); a name may carry an initial glued to it ("Minister D.Tsogtbaatar"). Long capitalised runs are cut to their last two words. A form of address is not a name: in
/// "Prime Minister Dr Mahathir Mohamed" the title vouches for the name after "Dr". A run followed by a body's head
/// ("Second Infantry" + "Division") is that body's name.
/// </summary>
public static class UntaggedNameFinder
{
    private static readonly HashSet<string> CalendarWords = new(StringComparer.OrdinalIgnoreCase)
    {
        "January", "February", "March", "April", "May", "June", "July", "August", "September", "October", "November",
        "December", "Jan", "Feb", "Mar", "Apr", "Jun", "Jul", "Aug", "Sep", "Sept", "Oct", "Nov", "Dec", "Monday",
        "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday", "Today", "Yesterday", "Tomorrow",
    };

    /// <summary>True for a month or weekday name ("Friday", "Oct"), which ends a title or a name.</summary>
    public static bool IsCalendarWord(string word) => CalendarWords.Contains(word);

    /// <summary>Name ranges [start, end) in the sentence that a title directly before vouches for.</summary>
    /// <param name="s">the sentence</param>
    /// <param name="isTaken">whether another entity holds the character at an offset</param>
    /// <param name="isOneWordPlace">whether the word at an index is a place of one word the recogniser tagged (a city,
    /// not a state), which may be a given name: "Santiago" of "Minister of Foreign Affairs, Santiago Ruiz"</param>
    public static IEnumerable<(int Start, int End)> Find(TitleContext s, Func<int, bool> isTaken, Func<int, bool>? isOneWordPlace = null)
    {
        int i = 0;
        while (i < s.Words.Count)
        {
            if (!IsNameWord(s, i, isTaken)) { i++; continue; }
            int j = i;
            while (j + 1 < s.Words.Count && IsNameWord(s, j + 1, isTaken)) j++;
            // a run the head of a body's name follows is that body's name: "the Army's Second Infantry Division"
            if (j + 1 < s.Words.Count && s.IsCapitalized(j + 1) && OrganisationHeads.IsBodyOrCompanyHead(s[j + 1]))
            {
                i = j + 1;
                continue;
            }
            // a run after a plural in the possessive names what that plural owns: "the Armed Forces' General Staff"
            if (i > 0 && s[i - 1] is { Length: > 2 } owner && owner[^1] is '\'' or '’')
            {
                i = j + 1;
                continue;
            }
            int first = j - i + 1 > 3 ? j - 1 : i;
            // a given name that is also a city's, run into the surname after it: the title before or apposed after
            // vouches for both ("Minister of Foreign Affairs, Santiago Ruiz", "Santiago Ruiz, CEO of …")
            if (first == i && j - i < 2 && i > 0 && isOneWordPlace is not null && isOneWordPlace(i - 1)
                && s.Words[i - 1].End + 1 == s.Words[i].Start
                && (TitleReader.Before(s, i - 1) is not null || (j + 1 < s.Words.Count && s[j + 1] == "," && TitleReader.After(s, j) is not null)))
            {
                yield return (s.Words[i - 1].Start, s.Words[j].End);
                i = j + 1;
                continue;
            }
            int count = j - first + 1;
            if (first > 0 && (count >= 2 || IsStrongTitleWord(s, first - 1)) && TitleReader.Before(s, first) is not null)
                yield return (s.Words[first].Start, s.Words[j].End);
            // a full name given an office: "the appointment of Lee Min-seok as fisheries minister"
            else if (count >= 2 && j + 1 < s.Words.Count && s[j + 1] == "as" && TitleReader.After(s, j) is not null)
                yield return (s.Words[first].Start, s.Words[j].End);
            i = j + 1;
        }
    }

    /// <summary>
    /// An initial written onto the name without a space, as Mongolian and Central Asian copy writes a patronymic's
    /// initial: "D.Tsogtbaatar", "Ch.Khurelbaatar".
    /// </summary>
    private static bool IsInitialGluedToName(string word)
    {
        int dot = word.IndexOf('.');
        if (dot is < 1 or > 2 || dot + 2 >= word.Length || word.IndexOf('.', dot + 1) >= 0) return false;
        var initial = word.AsSpan(0, dot);
        var name = word.AsSpan(dot + 1);
        return char.IsUpper(initial[0]) && (initial.Length == 1 || char.IsLower(initial[1]))
            && char.IsUpper(name[0]) && char.IsLower(name[1]) && AllLettersOrJoiners(name[2..]);
    }

    private static bool AllLettersOrJoiners(ReadOnlySpan<char> part)
    {
        foreach (char c in part)
            if (!char.IsLetter(c) && c is not ('-' or '\'' or '’')) return false;
        return true;
    }

    private static bool IsStrongTitleWord(TitleContext s, int index) => s.IsCapitalized(index) && TitleLexicon.IsStrongHead(s[index]);

    private static bool IsNameWord(TitleContext s, int index, Func<int, bool> isTaken)
    {
        var w = s[index];
        if (w.Length < 2 || !char.IsUpper(w[0]) || !w.Skip(1).Any(char.IsLower)) return false;
        if (!w.All(c => char.IsLetter(c) || c is '-' or '\'' or '’') && !IsInitialGluedToName(w)) return false;
        if (isTaken(s.Words[index].Start) || s.InPerson(index) || s.InOrganization(index)) return false;
        if (Honorifics.IsHonorificAlone(w) || TitleLexicon.IsTitleVocabulary(w) || CalendarWords.Contains(w) || CountryLexicon.ShortNameOfAny(w) is not null) return false;
        return !TitleLexicon.IsConnector(w.ToLowerInvariant()) && w is not "The" and not "A" and not "An";
    }
}
