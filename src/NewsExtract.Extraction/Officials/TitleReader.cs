using System.Text;
using NewsExtract.Extraction.Gazetteers;
using NewsExtract.Extraction.Lexicons;
using NewsExtract.Extraction.Numbers;

namespace NewsExtract.Extraction.Officials;

/// <summary>
/// Reads the title attached to a name in the forms wire copy uses: before the name ("Deputy Minister of Transport of
/// Russia Sergey Aristov", "Azerbaijani Ambassador to Russia Polad Bulbuloglu", "the Minister of Transport,
/// Communications and High Technologies of the Republic of Azerbaijan, Ramin Guluzade"), after it as an apposition
/// ("Konstantin Noskov, Russia's minister of digital development, said"), or as a predicate ("X is the CEO of Y",
/// "X has been appointed Minister of Economy", "X becomes finance minister") or the complement of an appointing verb's
/// object ("the president appointed X economy minister and Y justice minister"). Then splits it into title, country
/// and organisation.
/// These are rules, not a model: the attachment is decided by adjacency (nothing but a comma between title and
/// name), which wire copy keeps strictly; a classifier would only learn the same adjacency.
/// </summary>
public static class TitleReader
{
    private static readonly HashSet<string> AfterStops = new(StringComparer.Ordinal)
    {
        "who", "which", "that", "said", "says", "told", "noted", "added", "stressed", "emphasized", "emphasised",
        "is", "was", "were", "are", "has", "have", "had", "will", "would", "can", "could", "also", "met", "visited",
        "signed", "held", "announced", "expressed", "in", "at", "during", "with", "after", "before", "since", "as",
        "by", "from", "when", "while", "where", "said.", "he", "she", "they", "it",
    };

    /// <summary>Finite verbs that, right after an unclosed apposition title, show the title is a new subject.</summary>
    private static readonly HashSet<string> ClauseVerbs = new(StringComparer.Ordinal)
    {
        "held", "met", "visited", "signed", "announced", "expressed", "stressed", "emphasized", "emphasised", "noted",
        "added", "has", "have", "had", "will", "would", "received", "discussed", "attended", "arrived",
    };

    private static readonly string[][] PredicateCues =
    [
        ["is"], ["was"], ["has", "been", "appointed", "as"], ["has", "been", "appointed"], ["was", "appointed", "as"],
        ["was", "appointed"], ["has", "been", "elected"], ["was", "elected"], ["was", "named"], ["became"],
        ["has", "been", "named"], ["becomes"], ["will", "become"], ["has", "become"], ["as"], ["will", "serve", "as"], ["will", "now", "serve", "as"], ["serves", "as"],
        ["has", "been", "relieved", "of", "the", "post", "of"], ["was", "relieved", "of", "the", "post", "of"],
        ["has", "been", "relieved", "of", "his", "post", "as"], ["has", "been", "relieved", "of", "her", "post", "as"],
        ["was", "relieved", "of", "his", "post", "as"], ["was", "relieved", "of", "her", "post", "as"],
        // kept in or moved into an office: "was retained as", "was reappointed", "took over as", "was promoted to"
        ["was", "retained", "as"], ["has", "been", "retained", "as"], ["was", "reappointed", "as"], ["was", "reappointed"],
        ["was", "re-appointed", "as"], ["has", "been", "reappointed", "as"], ["was", "confirmed", "as"], ["was", "sworn", "in", "as"],
        ["took", "over", "as"], ["takes", "over", "as"], ["will", "take", "over", "as"], ["was", "promoted", "to"],
        ["has", "been", "promoted", "to"], ["was", "named", "as"], ["has", "been", "named", "as"], ["was", "elected", "as"],
        ["retained", "his", "post", "as"], ["retained", "her", "post", "as"], ["kept", "his", "post", "as"], ["kept", "her", "post", "as"],
        ["remains"],
        // the plural predicate of coordinated appointees: "X and Y have been appointed deputy ministers"
        ["have", "been", "appointed", "as"], ["have", "been", "appointed"], ["were", "appointed", "as"], ["were", "appointed"],
        ["have", "been", "named"], ["were", "named"], ["were", "named", "as"], ["have", "been", "elected"], ["were", "elected"], ["were", "elected", "as"],
        // handed a post by name: "was nominated for the post of minister of sport", "was entrusted with the post of …"
        ["was", "nominated", "for", "the", "post", "of"], ["has", "been", "nominated", "for", "the", "post", "of"],
        ["was", "appointed", "to", "the", "post", "of"], ["has", "been", "appointed", "to", "the", "post", "of"],
        ["was", "entrusted", "with", "the", "post", "of"], ["has", "been", "entrusted", "with", "the", "post", "of"],
        ["took", "the", "post", "of"], ["assumed", "the", "post", "of"], ["will", "take", "the", "post", "of"],
    ];

    /// <summary>Adverbs that may stand between a predicate and the office it gives: "is also", "is currently".</summary>
    private static readonly HashSet<string> PredicateAdverbs = new(StringComparer.Ordinal) { "also", "currently", "concurrently", "now", "still" };

    /// <summary>
    /// Active verbs of appointing whose object may be followed by the office as its complement, with no comma: "the
    /// president appointed X economy minister", "parliament elected X speaker".
    /// </summary>
    private static readonly HashSet<string> AppointingVerbs = new(StringComparer.Ordinal)
    {
        "appointed", "appoints", "appoint", "named", "names", "nominated", "nominates", "elected", "elects",
    };

    /// <summary>Verbs by which the subject takes an office from the person after them: "X replaces Y as Finance Minister".</summary>
    private static readonly HashSet<string> ReplacingVerbs = new(StringComparer.Ordinal)
    {
        "replaces", "replaced", "replacing", "succeeds", "succeeded", "succeeding", "replace", "succeed",
    };

    /// <summary>Words of quantity that end a title's complement: "Chief of the Port Police for almost two years".</summary>
    private static readonly HashSet<string> QuantityWords = new(StringComparer.Ordinal)
    {
        "nearly", "almost", "about", "around", "over", "more", "less", "some", "several", "many", "few",
    };

    /// <summary>Capitalised words that open a sentence or clause rather than a title ("On Tuesday, …").</summary>
    private static readonly HashSet<string> LeadingStops = new(StringComparer.Ordinal)
    {
        "The", "A", "An", "On", "In", "At", "By", "For", "With", "And", "But", "As", "From", "To", "Of", "After",
        "Before", "During", "Under", "Meanwhile", "Earlier", "Later", "Speaking", "According", "Today", "Yesterday",
        "Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday",
    };

    /// <summary>Lower-case words for a company, after which a capitalised name is the company's ("the bank Snoras").</summary>
    internal static readonly HashSet<string> CompanyNouns = new(StringComparer.Ordinal)
    {
        "bank", "company", "group", "corporation", "holding", "firm", "airline", "airlines", "operator", "carrier", "insurer", "lender",
    };

    /// <summary>Verbs of a relative clause by which a person leads a body, with the office they give: "who heads the …".</summary>
    private static readonly Dictionary<string, string> HeadingVerbs = new(StringComparer.Ordinal)
    {
        ["heads"] = "Head", ["leads"] = "Head", ["chairs"] = "Chair",
    };

    /// <summary>Possessives that point back to the state the story is about: "the country's finance minister".</summary>
    private static readonly HashSet<string> OwnStatePossessives = new(StringComparer.Ordinal)
    {
        "country's", "country’s", "nation's", "nation’s", "kingdom's", "kingdom’s", "republic's", "republic’s",
    };

    /// <summary>Words before a title that say when it was given, not what it is ("newly appointed").</summary>
    private static readonly HashSet<string> AppointmentWords = new(StringComparer.OrdinalIgnoreCase)
    {
        "newly", "appointed", "newly-appointed", "newly-elected", "elected", "new",
    };

    /// <summary>The title written right before word <paramref name="personFirst"/> (nothing but a comma between).</summary>
    public static TitleMatch? Before(TitleContext s, int personFirst)
    {
        int end = personFirst - 1;
        // a form of address between title and name: "Minister of Investment Eng. X", "Prime Minister Dr. X"
        while (end > 0 && (Honorifics.IsHonorific(s[end]) || (s[end] == "." && Honorifics.IsHonorific(s[end - 1] + "."))) && !s.InPerson(end)) end--;
        bool comma = end >= 0 && s[end] == ",";
        if (comma) end--;
        if (end < 0 || s.InPerson(end)) return null;
        // a title never ends in "and", "of" or "the": "… as Finance Minister, and Y" gives Y no title
        if (TitleLexicon.IsConnector(s[end])) return null;
        // a one-word name right after a lower-case word for a company names the company: "the Lithuanian bank
        // Snoras"; a full name there is the officer's: "the head of the bank Taleh Kazimov"
        if (end == personFirst - 1 && CompanyNouns.Contains(s[end]) && !(personFirst + 1 < s.Words.Count && s.InPerson(personFirst + 1))) return null;
        // "the president appointed X": the verb's object, not a title ending in "appointed" ("the newly appointed X" is)
        if (end == personFirst - 1 && IsAppointingVerb(s, end)) return null;
        int k = end;
        while (k >= 0)
        {
            if (s.InPerson(k)) break;
            var w = s[k];
            if (w == ",")
            {
                if (k - 1 >= 0 && s.IsCapitalized(k - 1) && !s.InPerson(k - 1)) { k--; continue; }
                // only a rank between the comma and the name: "the commander of the castle guard, Colonel X"
                if (k - 1 >= 0 && k < end && Enumerable.Range(k + 1, end - k).All(x => TitleLexicon.IsRank(s[x]))) { k--; continue; }
                break;
            }
            if (w is "-" or "&" or "’" or "'") { k--; continue; }
            // a dash joining two offices: "Deputy Prime Minister – Minister of Trade X"
            if (IsOfficeDash(s, k)) { k--; continue; }
            // the full stop of an abbreviation: "U.S. President", "U.K. Ambassador"
            if (w == "." && k > 0 && s[k - 1].Contains('.', StringComparison.Ordinal) && s.Words[k - 1].End == s.Words[k].Start) { k--; continue; }
            // an acronym in brackets inside the title: "… of the Export Promotion Agency (EPA) Li Ming"
            if (w == ")" && k - 2 >= 0 && s[k - 2] == "(") { k -= 3; continue; }
            if (w.Length == 1 && !char.IsLetterOrDigit(w[0])) break;
            if (TitleLexicon.IsConnector(w) || s.IsCapitalized(k) || TitleLexicon.IsTitleStart(w) || TitleLexicon.IsPortfolioWord(w) || s.IsListedPortfolio(k)) { k--; continue; }
            // "army spokesman": a state body's word right before a head
            if (k < end && IsLowerPublicBody(s, k) && TitleLexicon.IsHead(s[k + 1])) { k--; continue; }
            // a lower-case complement: "former akim of Talgar district", "spokesman for the provincial police"
            if (LowerComplementPreposition(s, k) is { } preposition) { k = preposition - 1; continue; }
            break;
        }
        int from = k + 1;
        // The title starts at its leftmost anchor: a modifier or head, or a nationality adjective or possessive
        // country right before one. A company name right before the title ("Azercell CEO") is its organisation.
        int start = -1;
        for (int i = from; i <= end; i++)
        {
            var w = s[i];
            if (TitleLexicon.IsTitleStart(w) && !IsLowerConnectorLike(s, i)) { start = i; break; }
            if (IsCountryQualifier(w) && i + 1 <= end && (TitleLexicon.IsTitleStart(s[i + 1]) || s.InOrganization(i + 1))) { start = i; break; }
        }
        if (start < 0) return null;
        string? leadingOrg = null;
        if (start - 1 >= from && s.OrganizationEndingAt(start - 1) is { } org && !CountryLexicon.IsShortName(s.Text[org.Start..org.End]))
            leadingOrg = s.Text[org.Start..org.End];
        // capitalised words right before the first title word belong to it: "Turkish Energy Minister", "EBRD Vice
        // President", "Severstroi Group CEO", "Personal Representative of …"
        // lower-case portfolio words right before the head: "culture minister", "vice justice minister"; and the
        // lower-case word for a state's body: "army spokesman", "party leader" (not a company's: "the bank chairman")
        while (start - 1 >= from && (s.IsListedPortfolio(start - 1) || IsLowerCuratedPortfolio(s, start - 1) || IsLowerPublicBody(s, start - 1))) start--;
        int anchor = start;
        while (start - 1 >= from && !s.InPerson(start - 1))
        {
            // a participle opening the sentence before the state is no part of the title: "Visiting Indian Prime Minister X"
            if (IsCountryQualifier(s[start]) && IsParticiple(s, start - 1)) break;
            if (s.IsCapitalized(start - 1) && !LeadingStops.Contains(s[start - 1])) { start--; continue; }
            // an abbreviation with its full stop: "U.S. President"
            if (s[start - 1] == "." && start - 2 >= from && s[start - 2].Contains('.', StringComparison.Ordinal) && s.IsCapitalized(start - 2)) { start -= 2; continue; }
            // a portfolio list before the head: "Transport and Infrastructure Minister"; not once a state opens the
            // title ("Hong Dien and Chinese Ambassador …": the word before "and" ends another phrase, not a portfolio)
            if (s[start - 1] is "and" or "&" && start - 2 >= from && s.IsCapitalized(start - 2) && !LeadingStops.Contains(s[start - 2])
                && !Enumerable.Range(start, anchor - start + 1).Any(j => IsCountryQualifier(s[j]))) { start -= 2; continue; }
            break;
        }
        // "the late Amir X": a holder who has died is a former one
        bool late = start - 1 >= 0 && s[start - 1] == "late";
        // the object of a preposition set off by a comma is not the name's title: "by the decree of the Head of State, X"
        if (comma && start - 1 >= 0 && (s[start - 1] == "of" || (s[start - 1] == "the" && start - 2 >= 0 && s[start - 2] == "of")))
            return null;
        var match = Parse(s, start, end + 1, leadingOrg);
        return late ? match?.AsFormer() : match;
    }

    /// <summary>The title written right after word <paramref name="personLast"/>: ", TITLE" or "is/was appointed TITLE".</summary>
    public static TitleMatch? After(TitleContext s, int personLast)
    {
        int i = personLast + 1;
        if (i >= s.Words.Count) return null;
        // ", TITLE" or, in a list of appointees, "– TITLE": "Tomasz Gil – minister of agriculture, Olga Mak – …"
        bool apposition = s[i] == "," || IsAppositionDash(s, i);
        if (apposition) i++;
        // an age set off before the title: "X, 55, the minister of economy"
        if (apposition && i + 2 < s.Words.Count && IsAge(s[i]) && s[i + 1] == ",") i += 2;
        if (i < s.Words.Count && s[i] == "who")
        {
            i++;
            apposition = false;
            if (HeadOfBodyClause(s, i) is { } head) return head;
        }
        if (!apposition && KeptMinistry(s, i) is { } kept) return kept;
        int cue = MatchPredicate(s, i);
        // "X replaces Y as T": the office after the replaced person is the subject's
        if (cue == 0 && !apposition && ReplacedPersonThenAs(s, i) is > 0 and var replaced) cue = replaced;
        // "appointed X economy minister": the office is the complement of the verb's object
        bool complement = cue == 0 && !apposition && ObjectOfAppointing(s, FirstWordOfPerson(s, personLast));
        if (cue == 0 && !apposition && !complement) return null;
        i += cue;
        // an adverb between the predicate and the office: "X, who is also deputy prime minister", "is currently the …"
        bool additional = cue > 0 && i < s.Words.Count && s[i] is "also" or "concurrently";
        if (cue > 0 && i < s.Words.Count && PredicateAdverbs.Contains(s[i])) i++;
        if (i < s.Words.Count && s[i] is "the" or "a" or "an") i++;
        // "X, the country's finance minister": the state is the one the story is about, not part of the title
        if (i + 1 < s.Words.Count && i > 0 && s[i - 1] == "the" && OwnStatePossessives.Contains(s[i])) i++;
        // "X, the bloc's foreign policy chief", "X, the company's chief executive": a body named before by its kind
        else if (apposition && i + 1 < s.Words.Count && i > 0 && s[i - 1] == "the" && IsBodyKindPossessive(s[i]) && StartsTitleAfterState(s, i + 1)) i++;
        if (i >= s.Words.Count) return null;
        // an organisation's possessive opens the title and names its body: "X, NATO's secretary general", "X, the
        // European Union's foreign policy chief" (a seat of power keeps its own reading below)
        string? possessor = null;
        if (apposition && PossessiveOrganizationBefore(s, i, out int titleFirst) is { } owner) (possessor, i) = (owner, titleFirst);
        // an organisation's name before the title is not part of it: "X, GAC spokesperson, said"
        bool seatFirst = false;
        if (apposition && s.InOrganization(i))
        {
            int j = i;
            while (j < s.Words.Count && s.InOrganization(j)) j++;
            // a "body" made only of title words is a mis-tagged title word ("Deputy Chairman and …")
            bool onlyTitleWords = Enumerable.Range(i, j - i).All(k => TitleLexicon.IsTitleVocabulary(s[k]));
            bool titleFollows = j < s.Words.Count && TitleLexicon.IsTitleStart(s[j]);
            // a state's seat or parliament stays: it names the state served ("X, the Kremlin spokesman")
            seatFirst = titleFollows && StateSeats.StateOf(Join(s, [.. Enumerable.Range(i, j - i)])) is not null;
            if (titleFollows && !onlyTitleWords && !seatFirst)
            {
                possessor ??= s.Text[s.Words[i].Start..s.Words[j - 1].End];
                i = j;
            }
        }
        int start = i;
        if (IsCountryQualifier(s[i]) && i + 1 < s.Words.Count && StartsTitleAfterState(s, i + 1)) i++;
        // a state named before the title: "X, South Korea's Minister of Health", "X, United States Ambassador", "X, UAE Minister"
        else if (i + 1 < s.Words.Count && CountryQualifierWords(s, i, Math.Min(s.Words.Count, i + 4), out _) is > 0 and var n && i + n < s.Words.Count && StartsTitleAfterState(s, i + n)) i += n;
        bool portfolioFirst = s.IsListedPortfolio(i) && i + 1 < s.Words.Count && (TitleLexicon.IsHead(s[i + 1]) || (s.IsListedPortfolio(i + 1) && i + 2 < s.Words.Count && TitleLexicon.IsHead(s[i + 2])));
        // after a predicate ("as defence minister", "was appointed unification minister") one lower-case field word
        // before a strong head is the portfolio even when the directory does not list it
        bool predicate = cue > 0 || complement;
        portfolioFirst |= predicate && i + 1 < s.Words.Count && IsPlainLowerWord(s[i]) && TitleLexicon.IsStrongHead(s[i + 1]) && !s.InPerson(i + 1);
        // and so are up to three capitalised words before one: "as Finance Minister", "was reappointed Local Government Minister"
        portfolioFirst |= predicate && CapitalisedWordsThenStrongHead(s, i);
        // in an apposition, up to three capitalised body or portfolio words before a strong head: "X, the Cabinet
        // Secretary for Sports", "X, Foreign Ministry Spokesperson"
        portfolioFirst |= apposition && CapitalisedWordsThenStrongHead(s, i) && TitleVocabularyUntilHead(s, i);
        // and a list of capitalised portfolios before one: "X, Culture, Heritage and Sport Minister", "X has been
        // appointed Culture, Heritage and Sport Minister"
        portfolioFirst |= (apposition || predicate) && PortfolioListThenStrongHead(s, i);
        if ((!TitleLexicon.IsTitleStart(s[i]) && !portfolioFirst && !seatFirst) || s.InPerson(i)) return null;
        int end = i;
        bool inComplement = false;
        for (int k = portfolioFirst ? i + 1 : i; k < s.Words.Count; k++)
        {
            if (s.InPerson(k)) break;
            var w = s[k];
            if (w == ",")
            {
                if (k + 1 < s.Words.Count && ContinuesList(s, k + 1, inComplement)) continue;
                break;
            }
            if (w is "-" or "&") continue;
            if (IsOfficeDash(s, k)) { inComplement = false; continue; }
            if (w.Length == 1 && !char.IsLetterOrDigit(w[0])) break;
            if (w is "of" or "for" or "on" or "to") { inComplement = true; continue; }
            // "Minister of Roads and named Y …": after "and" a lower-case word that is no portfolio starts a new clause
            if (w == "and" && k + 1 < s.Words.Count && !IsLowerListItem(s, k + 1)) break;
            if (TitleLexicon.IsConnector(w)) continue;
            if (AfterStops.Contains(w) || UntaggedNameFinder.IsCalendarWord(w) || IsQuantity(w)) break;
            if (s.IsCapitalized(k) || TitleLexicon.IsTitleVocabulary(w) || s.IsListedPortfolio(k) || (inComplement && char.IsLower(w[0]))
                // a plural office of coordinated names: "were appointed deputy ministers - members of the State Council"
                || (predicate && PluralTitles.IsPluralHead(w)))
            {
                end = k;
                continue;
            }
            break;
        }
        if (!Enumerable.Range(start, end - start + 1).Any(x => TitleLexicon.IsHead(s[x]))) return null;
        // an apposition left open before a verb is the subject of a new clause: "Welcomed by X, the Turkish Foreign
        // Minister held talks" (an apposition is closed by a comma or ends the sentence)
        if (apposition && cue == 0 && end + 1 < s.Words.Count && ClauseVerbs.Contains(s[end + 1])) return null;
        var title = Parse(s, start, end + 1, possessor);
        return additional && title is not null ? title with { Additional = true } : title;
    }

    /// <summary>A person's age as wire copy sets it after the name: one to three digits, under 120.</summary>
    private static bool IsAge(string word) => word.Length is >= 1 and <= 3 && word.All(char.IsAsciiDigit) && int.Parse(word, System.Globalization.CultureInfo.InvariantCulture) < 120;

    /// <summary>A lower-case word for a kind of body in the possessive: "bloc's", "company's", "ministry’s".</summary>
    private static bool IsBodyKindPossessive(string word)
    {
        if (word.Length < 4 || !char.IsLower(word[0]) || !(word.EndsWith("'s", StringComparison.Ordinal) || word.EndsWith("’s", StringComparison.Ordinal))) return false;
        var kind = word[..^2];
        return kind is "bloc" or "alliance" || CompanyNouns.Contains(kind) || TitleLexicon.IsBodyWord(kind);
    }

    /// <summary>
    /// The organisation named in a possessive that starts at word <paramref name="first"/> and is followed by a title
    /// ("NATO's secretary general"), with the title's first word in <paramref name="titleFirst"/>; null when there is none
    /// or the body is a state's seat of power.
    /// </summary>
    private static string? PossessiveOrganizationBefore(TitleContext s, int first, out int titleFirst)
    {
        titleFirst = first;
        for (int j = first; j < Math.Min(s.Words.Count - 1, first + 6); j++)
        {
            if (s.InPerson(j) || !s.IsCapitalized(j)) return null;
            if (s.PossessiveOrganizationEndingAt(j) is not { } org) continue;
            if (org.Start != s.Words[first].Start || !StartsTitleAfterState(s, j + 1)) return null;
            var name = s.Text[org.Start..org.End];
            if (StateSeats.StateOf(name) is not null) return null;
            titleFirst = j + 1;
            return name;
        }
        return null;
    }

    /// <summary>Splits the words [start, end) of a title phrase into title, country and organisation.</summary>
    public static TitleMatch? Parse(TitleContext s, int start, int end, string? leadingOrganization)
    {
        while (start < end && s[start] is "the" or "a" or "an") start++;
        if (start >= end) return null;
        var keep = new bool[end - start];
        Array.Fill(keep, true);
        string? country = null;
        // Leading nationality adjective, possessive country or country name: "Azerbaijani Ambassador", "Russia's
        // minister", "South Korea's Minister of …", "US Ambassador".
        int qualifier = CountryQualifierWords(s, start, end, out var qualified);
        if (qualifier > 0)
        {
            country = qualified;
            // an adjective that starts a body's name stays: "Georgian Railway CEO"; before a body only a state has it
            // names the state: "Iranian Foreign Ministry Spokesperson" → "Foreign Ministry Spokesperson"
            bool startsBodyName = false;
            for (int i = start + qualifier; i < end && !TitleLexicon.IsHead(s[i]); i++)
                startsBodyName |= TitleLexicon.IsBodyWord(s[i]) && !TitleLexicon.IsStateBodyWord(s[i]);
            for (int x = 0; x < qualifier; x++) keep[x] = startsBodyName;
        }
        // "of [the] <country>" anywhere in the title: "of the Republic of Azerbaijan", "of Kazakhstan to China".
        for (int i = start; i < end; i++)
        {
            if (s[i] == "(" && i + 2 < end && s[i + 2] == ")") { keep[i - start] = keep[i + 1 - start] = keep[i + 2 - start] = false; i += 2; continue; }
            // "of" inside a country's long form after "to": "Ambassador … to the Republic of Turkey"
            if (s[i] != "of" || !keep[i - start] || (i > start && s[i - 1] is "Republic" or "Federation" or "Kingdom" or "Emirates" || (s[i - 1] == "State" && i - 2 >= start && s[i - 2] == "the"))) continue;
            int nameStart = i + 1 < end && s[i + 1] == "the" ? i + 2 : i + 1;
            int nameEnd = LongestCountryName(s, nameStart, end, out var shortName);
            if (nameEnd < 0) continue;
            country ??= shortName;
            for (int x = i; x < nameEnd; x++) keep[x - start] = false;
            i = nameEnd - 1;
        }
        DropStatePossessives(s, start, end, keep);
        string? owner = PossessiveOwner(s, start, end, keep);
        var kept = Enumerable.Range(start, end - start).Where(i => keep[i - start]).ToList();
        while (kept.Count > 1 && AppointmentWords.Contains(s[kept[0]])) kept.RemoveAt(0);
        // a rank or "Ambassador" between the title and the name is not the title: "Spokesman for the Ministry of
        // Defense, Colonel", "Head of the Center … Lieutenant General", "head of the EU Delegation, Ambassador"
        int cut = kept.Count;
        // "General" right after an office's head word is part of that office: "Secretary General", "Director General"
        bool PostpositiveGeneral(int k) => s[kept[k]] == "General" && k > 0 && kept[k - 1] == kept[k] - 1
            && TitleLexicon.IsHead(s[kept[k - 1]]) && !TitleLexicon.IsRank(s[kept[k - 1]]);
        while (cut > 0 && TitleLexicon.IsRank(s[kept[cut - 1]]) && !PostpositiveGeneral(cut - 1)) cut--;
        if (cut == kept.Count && cut >= 2 && s[kept[cut - 1]] == "Ambassador" && s[kept[cut - 2]] == ",") cut--;
        if (cut < kept.Count && kept.Take(cut).Any(i => TitleLexicon.IsHead(s[i]) && !TitleLexicon.IsRank(s[i])))
            kept.RemoveRange(cut, kept.Count - cut);
        // forms of address around the title: "His Majesty King", "Chairman H.E.", "… Minister Datuk"
        while (kept.Count > 1 && Honorifics.IsHonorific(s[kept[^1]])) kept.RemoveAt(kept.Count - 1);
        while (kept.Count > 1 && Honorifics.IsHonorific(s[kept[0]])) kept.RemoveAt(0);
        while (kept.Count > 0 && (s[kept[^1]] is "," or "-" || TitleLexicon.IsConnector(s[kept[^1]]))) kept.RemoveAt(kept.Count - 1);
        while (kept.Count > 0 && (s[kept[0]] is "," or "-" || TitleLexicon.IsConnector(s[kept[0]]))) kept.RemoveAt(0);
        if (kept.Count == 0 || !kept.Any(i => TitleLexicon.IsHead(s[i]))) return null;
        country ??= CountryInsideTitle(s, kept) ?? StateSeatInsideTitle(s, kept) ?? CountryOfCityInsideTitle(s, kept);
        // a company officer's title is the role alone and the company its organisation, as the annotation guide writes
        // them: "former co-owner of the Estonian bank Varmo" → "former co-owner", organisation "Varmo"
        string? company = null;
        if (CompanyOfficer.Split(s, kept) is var (role, firm))
        {
            kept = role;
            company = Join(s, firm);
        }
        var title = Join(s, kept);
        title = char.ToUpperInvariant(title[0]) + title[1..];
        var organization = leadingOrganization ?? company ?? owner ?? OrganizationOf(s, kept, country, s.Words[end - 1].End);
        return new TitleMatch(s.Words[start].Start, s.Words[end - 1].End, title, country, organization);
    }

    /// <summary>
    /// Leaves out of the kept words the story's state described in the possessive inside the complement, which is no
    /// part of the office: "governor of the West African nation's central bank" → "governor of the central bank".
    /// </summary>
    private static void DropStatePossessives(TitleContext s, int start, int end, bool[] keep)
    {
        for (int i = start; i < end; i++)
        {
            if (s[i] != "the") continue;
            for (int j = i + 1; j < Math.Min(end - 1, i + 5); j++)
            {
                if (TitleLexicon.IsConnector(s[j]) || TitleLexicon.IsHead(s[j]) || !char.IsLetter(s[j][0])) break;
                if (!OwnStatePossessives.Contains(s[j])) continue;
                for (int x = i + 1; x <= j; x++) keep[x - start] = false;
                break;
            }
        }
    }

    /// <summary>
    /// A body in the possessive before the named unit of the complement owns it and is the title's organisation: it
    /// is left out of the kept words and returned ("Spokesperson for the Army's Second Infantry Division" →
    /// "Spokesperson for the Second Infantry Division", "Army"); null when there is none.
    /// </summary>
    private static string? PossessiveOwner(TitleContext s, int start, int end, bool[] keep)
    {
        for (int i = start; i + 2 < end; i++)
        {
            if (s[i] is not ("of" or "for") || !keep[i - start]) continue;
            int j = s[i + 1] == "the" ? i + 2 : i + 1;
            for (int k = j; k < Math.Min(end - 1, j + 4); k++)
            {
                if (!s.IsCapitalized(k) || TitleLexicon.IsConnector(s[k])) break;
                if (!IsSingularPossessive(s[k])) continue;
                // the owner is a body: the recogniser's organisation or a body word's name ("the Army's"); not a
                // state ("Japan's") nor a possessive inside a name ("National Council of People's Power")
                bool body = s.PossessiveOrganizationEndingAt(k) is { } span ? span.Start == s.Words[j].Start : !s.InOrganization(k) && TitleLexicon.IsBodyWord(s[k][..^2]);
                if (!s.IsCapitalized(k + 1) || (k == j && IsCountryQualifier(s[j])) || !body) break;
                for (int x = j; x <= k; x++) keep[x - start] = false;
                return Join(s, [.. Enumerable.Range(j, k - j + 1)])[..^2];
            }
        }
        return null;
    }

    /// <summary>
    /// Walking left from the lower-case word <paramref name="k"/>: the "of"/"for"/"to" opening the complement it
    /// belongs to, when a title word or capitalised word stands before it; else null.
    /// </summary>
    private static int? LowerComplementPreposition(TitleContext s, int k)
    {
        for (int j = k; j >= 0 && j > k - 5; j--)
        {
            var w = s[j];
            if (w is "of" or "for" or "to")
                return j > 0 && (TitleLexicon.IsTitleVocabulary(s[j - 1]) || s.IsCapitalized(j - 1)) && !s.InPerson(j - 1) && !ClauseInside(s, j + 1, k) ? j : null;
            if (w.Length == 0 || !char.IsLetter(w[0]) || s.InPerson(j) || (AfterStops.Contains(w) && !TitleLexicon.IsConnector(w))) return null;
        }
        return null;
    }

    /// <summary>
    /// True when the words [from, to] hold a clause rather than a complement: a capitalised word followed by a
    /// lower-case word that is no title, body or portfolio word ("of State introduced the new akim" is not one title).
    /// </summary>
    private static bool ClauseInside(TitleContext s, int from, int to)
    {
        for (int x = Math.Max(from + 1, 1); x <= to; x++)
        {
            var w = s[x];
            if (s[x - 1] == "and" && !IsLowerListItem(s, x)) return true;
            if (s.IsCapitalized(x - 1) && w.Length > 0 && char.IsLower(w[0]) && !TitleLexicon.IsConnector(w) && !TitleLexicon.IsTitleVocabulary(w) && !s.IsListedPortfolio(x))
                return true;
        }
        return false;
    }

    /// <summary>
    /// The state named inside a body the title names, before any "to"/"for": "Chairman of Azerbaijan Railways",
    /// "Head of the Latvian Institute for …", "Vice Chairman of the Korea Association for …".
    /// </summary>
    /// <summary>
    /// The state whose seat of power or parliament the title names ("Kremlin spokesman", "Speaker of the Knesset",
    /// "Milli Majlis deputy"); null when none.
    /// </summary>
    private static string? StateSeatInsideTitle(TitleContext s, List<int> kept)
    {
        for (int a = 0; a < kept.Count; a++)
        {
            if (!s.IsCapitalized(kept[a])) continue;
            for (int n = Math.Min(StateSeats.LongestName, kept.Count - a); n >= 1; n--)
            {
                // consecutive words only
                if (kept[a + n - 1] - kept[a] != n - 1) continue;
                if (StateSeats.StateOf(Join(s, kept.GetRange(a, n))) is { } state) return state;
            }
        }
        return null;
    }

    private static string? CountryInsideTitle(TitleContext s, List<int> kept)
    {
        foreach (var i in kept)
        {
            var w = s[i];
            if (w is "to" or "for") return null;
            if (s.IsCapitalized(i) && !TitleLexicon.IsTitleVocabulary(w) && CountryLexicon.ShortNameOfAny(w) is { } country) return country;
        }
        return null;
    }

    /// <summary>
    /// The state of a city the office is of, before any "to"/"for"/"in": "Mayor of Tbilisi", "akim of Almaty"; a
    /// city that begins a body's name ("Poti Sea Port Corporation") does not count. Only a city of at least <see cref="Entities.PlacesInsideNames.MinimumCityPopulation"/>
    /// people that stands for one state without other evidence (the world gazetteer); a consul's "in Ganja" names
    /// where the office sits, not the state it serves.
    /// </summary>
    private static string? CountryOfCityInsideTitle(TitleContext s, List<int> kept)
    {
        var world = WorldGazetteer.LoadDefault();
        for (int x = 1; x < kept.Count; x++)
        {
            var w = s[kept[x]];
            if (w is "to" or "for" or "in" or "at") return null;
            if (s[kept[x - 1]] is not ("of" or "the") || !s.IsCapitalized(kept[x]) || TitleLexicon.IsTitleVocabulary(w)) continue;
            for (int n = Math.Min(3, kept.Count - x); n >= 1; n--)
            {
                if (kept[x + n - 1] - kept[x] != n - 1 || !Enumerable.Range(x, n).All(k => s.IsCapitalized(kept[k]))) continue;
                // the city ends the name it is in: in "Poti Sea Port Corporation" it is part of a body's name
                if (x + n < kept.Count && s.IsCapitalized(kept[x + n])) continue;
                var name = CountryLexicon.StripPossessive(s.Text[s.Words[kept[x]].Start..s.Words[kept[x + n - 1]].End]);
                if (world.UnambiguousCity(name) is { } city && city.Population >= Entities.PlacesInsideNames.MinimumCityPopulation)
                    return world.CountryByCode(city.CountryCode)?.Name;
            }
        }
        return null;
    }

    private static int MatchPredicate(TitleContext s, int i)
    {
        foreach (var cue in PredicateCues.OrderByDescending(c => c.Length))
        {
            if (i + cue.Length > s.Words.Count) continue;
            bool ok = true;
            for (int k = 0; k < cue.Length && ok; k++) ok = s[i + k] == cue[k];
            if (ok) return cue.Length;
        }
        return 0;
    }

    /// <summary>After an inner comma: does the title go on ("Transport, Communications and …")?</summary>
    private static bool ContinuesList(TitleContext s, int next, bool inComplement)
    {
        if (s.InPerson(next)) return false;
        if (s.IsCapitalized(next))
        {
            // a capitalised list item, unless the clause goes on in lower case (", Trend reports citing the company")
            for (int k = next; k < s.Words.Count && s[k] != ","; k++)
            {
                var w = s[k];
                if (w.Length == 1 && !char.IsLetterOrDigit(w[0])) break;
                if (s.InPerson(k)) break;
                if (!s.IsCapitalized(k) && !TitleLexicon.IsConnector(w) && !TitleLexicon.IsTitleVocabulary(w)) return false;
            }
            return !AfterStops.Contains(s[next]);
        }
        if (!inComplement || AfterStops.Contains(s[next])) return false;
        // lower-case list inside the complement: a later "and" before the next comma or stop keeps it going
        for (int k = next; k < s.Words.Count; k++)
        {
            var w = s[k];
            // "…, and Social Protection" goes on; "…, and others" does not
            if (w == "and") return k + 1 < s.Words.Count && (s.IsCapitalized(k + 1) || s.IsListedPortfolio(k + 1) || TitleLexicon.IsPortfolioWord(s[k + 1]));
            if (w == "," || AfterStops.Contains(w) || (w.Length == 1 && !char.IsLetterOrDigit(w[0]))) return false;
        }
        return false;
    }

    /// <summary>
    /// The number of words from <paramref name="i"/> through "as" when they read "replaces|succeeds PERSON as"; else 0.
    /// </summary>
    private static int ReplacedPersonThenAs(TitleContext s, int i)
    {
        int k = i;
        if (k < s.Words.Count && s[k] is "will" or "is" or "has") k++;
        if (k >= s.Words.Count || !ReplacingVerbs.Contains(s[k])) return 0;
        k++;
        if (k >= s.Words.Count || !s.InPerson(k)) return 0;
        while (k < s.Words.Count && s.InPerson(k)) k++;
        return k < s.Words.Count && s[k] == "as" ? k + 1 - i : 0;
    }

    /// <summary>The first word of the person whose name ends at word <paramref name="personLast"/>.</summary>
    private static int FirstWordOfPerson(TitleContext s, int personLast)
    {
        int first = personLast;
        while (first > 0 && s.InPerson(first - 1)) first--;
        return first;
    }

    /// <summary>
    /// The person at word <paramref name="personFirst"/> is an object of an active verb of appointing: right after it
    /// ("appointed X"), or after "and" or a comma in the list of its objects ("appointed X economy minister and Y
    /// justice minister").
    /// </summary>
    private static bool ObjectOfAppointing(TitleContext s, int personFirst)
    {
        int k = personFirst - 1;
        if (k < 0) return false;
        if (IsAppointingVerb(s, k)) return true;
        if (s[k] is not ("and" or ",")) return false;
        for (int j = k - 1; j >= Math.Max(0, k - 25); j--)
        {
            if (s[j] is "." or ";" or ":") return false;
            if (IsAppointingVerb(s, j)) return true;
        }
        return false;
    }

    /// <summary>Word <paramref name="k"/> is an active verb of appointing, not the participle of "newly appointed".</summary>
    private static bool IsAppointingVerb(TitleContext s, int k) =>
        AppointingVerbs.Contains(s[k]) && !(k > 0 && s[k - 1] is "newly" or "was" or "were" or "been" or "is" or "be");

    /// <summary>
    /// True when the person at word <paramref name="personFirst"/> is named as the one replaced after a comma: "X was
    /// named economy minister, replacing Y", "X becomes T, succeeding Y".
    /// </summary>
    public static bool IsReplacedAfterComma(TitleContext s, int personFirst) =>
        personFirst >= 2 && s[personFirst - 1] is "replacing" or "succeeding" && s[personFirst - 2] == ",";

    /// <summary>
    /// True when the person at word <paramref name="personFirst"/> is the one replaced by a pronoun that opens the
    /// sentence: "X has been appointed Agriculture Minister. He replaced Y." (the pronoun stands for the official before).
    /// </summary>
    public static bool IsReplacedByPronoun(TitleContext s, int personFirst)
    {
        if (personFirst < 2 || !ReplacingVerbs.Contains(s[personFirst - 1])) return false;
        int k = personFirst - 2;
        if (s[k] is "has" or "had" or "will") k--;
        return k == 0 && s[0] is "He" or "She";
    }

    /// <summary>True when the person at word <paramref name="personFirst"/> is the one replaced: "X replaces Y as T".</summary>
    public static bool IsReplacedPerson(TitleContext s, int personFirst) =>
        personFirst >= 2 && ReplacingVerbs.Contains(s[personFirst - 1]) && s.InPerson(personFirst - 2);

    /// <summary>
    /// After a state's name or adjective, word <paramref name="k"/> opens a title: a title word, or a portfolio before a
    /// head ("Japan's trade minister", "the Japanese finance minister").
    /// </summary>
    private static bool StartsTitleAfterState(TitleContext s, int k) =>
        TitleLexicon.IsTitleStart(s[k]) || (k + 1 < s.Words.Count && s.IsPortfolio(k) && TitleLexicon.IsHead(s[k + 1]) && !s.InPerson(k + 1));

    /// <summary>An "-ing" word that is no title word or portfolio ("Visiting", "Addressing"; not "Mining", "Housing").</summary>
    private static bool IsParticiple(TitleContext s, int k) =>
        s[k].Length > 5 && s[k].EndsWith("ing", StringComparison.Ordinal) && !TitleLexicon.IsTitleVocabulary(s[k]) && !s.IsPortfolio(k);

    /// <summary>One to three capitalised words from <paramref name="i"/> (no person's, no number) followed by a strong head.</summary>
    private static bool CapitalisedWordsThenStrongHead(TitleContext s, int i)
    {
        for (int k = i; k < Math.Min(s.Words.Count - 1, i + 3); k++)
        {
            if (!s.IsCapitalized(k) || s.InPerson(k) || !char.IsLetter(s[k][0])) return false;
            if (TitleLexicon.IsStrongHead(s[k + 1]) && !s.InPerson(k + 1)) return true;
        }
        return false;
    }

    /// <summary>
    /// Capitalised portfolio words from <paramref name="i"/>, listed with commas and one "and" or "&amp;", then a strong
    /// head: "Culture, Heritage and Sport Minister".
    /// </summary>
    private static bool PortfolioListThenStrongHead(TitleContext s, int i)
    {
        bool joined = false;
        for (int k = i; k < Math.Min(s.Words.Count - 1, i + 12); k++)
        {
            var w = s[k];
            if (w is "," or "and" or "&")
            {
                if (k == i || !s.IsPortfolio(k - 1)) return false;
                joined |= w != ",";
                continue;
            }
            if (!s.IsCapitalized(k) || s.InPerson(k) || !s.IsPortfolio(k)) return false;
            if (TitleLexicon.IsStrongHead(s[k + 1]) && !s.InPerson(k + 1)) return joined;
        }
        return false;
    }

    /// <summary>Every word from <paramref name="i"/> up to the first strong head is a title, body or portfolio word.</summary>
    private static bool TitleVocabularyUntilHead(TitleContext s, int i)
    {
        for (int k = i; k < s.Words.Count && !TitleLexicon.IsStrongHead(s[k]); k++)
            if (!TitleLexicon.IsTitleVocabulary(s[k])) return false;
        return true;
    }

    /// <summary>A word that may follow "and" inside a title: capitalised, or a portfolio or title word.</summary>
    private static bool IsLowerListItem(TitleContext s, int k) =>
        s.IsCapitalized(k) || s[k] == "the" || TitleLexicon.IsTitleVocabulary(s[k]) || s.IsListedPortfolio(k) || TitleLexicon.IsPortfolioWord(s[k])
        || s[k].Length == 0 || !char.IsLetter(s[k][0]);

    private static bool IsQuantity(string w) =>
        QuantityWords.Contains(w) || (w.Length > 0 && char.IsDigit(w[0])) || NumberWords.IsCardinal(w);

    /// <summary>
    /// "X, who heads the Northland Mining Agency": a relative clause whose verb says the person leads the body named
    /// right after it gives the office "Head of" (or "Chair of") that body, with the body as organisation.
    /// </summary>
    private static TitleMatch? HeadOfBodyClause(TitleContext s, int verb)
    {
        if (verb >= s.Words.Count || !HeadingVerbs.TryGetValue(s[verb], out var office)) return null;
        int body = verb + 1 < s.Words.Count && s[verb + 1] == "the" ? verb + 2 : verb + 1;
        if (body >= s.Words.Count) return null;
        if (!s.InOrganization(body)) return LowerCaseBodyClause(s, verb, body, office);
        int last = body;
        while (last + 1 < s.Words.Count && s.InOrganization(last + 1)) last++;
        var name = s.Text[s.Words[body].Start..s.Words[last].End];
        return new TitleMatch(s.Words[verb].Start, s.Words[last].End, $"{office} of {(body > verb + 1 ? "the " : "")}{name}", null, name);
    }

    /// <summary>
    /// "who heads the central bank", "who chairs the parliamentary foreign affairs committee": a body named in lower
    /// case by up to five words ending in a body word ("bank", "committee"), with a state after "of" when one follows
    /// ("the central bank of Austria"); the office is the verb's with the phrase as written.
    /// </summary>
    private static TitleMatch? LowerCaseBodyClause(TitleContext s, int verb, int body, string office)
    {
        int last = -1;
        for (int k = body; k < Math.Min(s.Words.Count, body + 5); k++)
        {
            var w = s[k];
            if (w.Length == 0 || !char.IsLower(w[0]) || !char.IsLetter(w[0]) || TitleLexicon.IsConnector(w) || s.InPerson(k)) break;
            if (TitleLexicon.IsBodyWord(w)) { last = k; break; }
        }
        if (last < 0) return null;
        if (last + 2 < s.Words.Count && s[last + 1] == "of" && CountryLexicon.ShortNameOf(s[last + 2]) is not null) last += 2;
        var phrase = s.Text[s.Words[body].Start..s.Words[last].End];
        return new TitleMatch(s.Words[verb].Start, s.Words[last].End, $"{office} of {(body > verb + 1 ? "the " : "")}{phrase}", null, null);
    }

    /// <summary>Verbs by which a minister keeps an office in a new cabinet: "X retained the foreign ministry".</summary>
    private static readonly HashSet<string> KeepingVerbs = new(StringComparer.Ordinal)
    {
        "retained", "retains", "retain", "kept", "keeps", "keep",
    };

    /// <summary>Nouns for a minister's office: "the foreign ministry", "the finance portfolio".</summary>
    private static readonly HashSet<string> MinistryNouns = new(StringComparer.Ordinal) { "ministry", "portfolio" };

    /// <summary>
    /// "X retained Vesta's foreign ministry", "X keeps the finance portfolio": a keeping verb whose object is a
    /// ministry named by its lower-case portfolio (one to three words) gives the office "foreign minister", with the
    /// state of a possessive before it.
    /// </summary>
    private static TitleMatch? KeptMinistry(TitleContext s, int verb)
    {
        if (verb >= s.Words.Count || !KeepingVerbs.Contains(s[verb])) return null;
        int k = verb + 1;
        string? country = null;
        if (k < s.Words.Count && s[k] is "the" or "his" or "her") k++;
        else if (k < s.Words.Count && IsCountryQualifier(s[k]) && CountryLexicon.StripPossessive(s[k]) != s[k])
        {
            country = CountryLexicon.ShortNameOfAny(s[k]);
            k++;
        }
        int portfolio = k;
        while (k < s.Words.Count && k - portfolio < 3 && IsPlainLowerWord(s[k]) && !MinistryNouns.Contains(s[k])
               && (TitleLexicon.IsPortfolioWord(s[k]) || s.IsListedPortfolio(k) || s[k] == "and"))
            k++;
        if (k == portfolio || k >= s.Words.Count || !MinistryNouns.Contains(s[k]) || s[k - 1] == "and") return null;
        var field = s.Text[s.Words[portfolio].Start..s.Words[k - 1].End];
        return new TitleMatch(s.Words[verb].Start, s.Words[k].End, char.ToUpperInvariant(field[0]) + field[1..] + " minister", country, null);
    }

    /// <summary>True when word <paramref name="personLast"/> + 1 is a dash opening the person's title ("X – minister of sport").</summary>
    public static bool DashAfter(TitleContext s, int personLast) => IsAppositionDash(s, personLast + 1);

    /// <summary>
    /// The state named right after a titled name: "Senator X of the Philippines", "President X of Ghana"; null when
    /// the words after the name are not "of [the] &lt;state&gt;" ending there.
    /// </summary>
    public static string? StateAfterName(TitleContext s, int personLast)
    {
        int i = personLast + 1;
        if (i >= s.Words.Count || s[i] != "of") return null;
        int from = i + 1 < s.Words.Count && s[i + 1] == "the" ? i + 2 : i + 1;
        return LongestCountryName(s, from, s.Words.Count, out var shortName) > 0 ? shortName : null;
    }

    /// <summary>An en or em dash, or a hyphen with spaces around it, right after a name and before a title start.</summary>
    private static bool IsAppositionDash(TitleContext s, int k) =>
        k > 0 && k + 1 < s.Words.Count && !s.InPerson(k + 1)
        && (s[k] is "–" or "—" || (s[k] == "-" && s.Words[k].Start > s.Words[k - 1].End && s.Words[k + 1].Start > s.Words[k].End))
        && TitleLexicon.IsTitleStart(s[k + 1]);

    /// <summary>An en or em dash between two offices: a title word on its left and a title start on its right.</summary>
    private static bool IsOfficeDash(TitleContext s, int k) =>
        s[k] is "–" or "—" && k > 0 && k + 1 < s.Words.Count && !s.InPerson(k + 1)
        && (TitleLexicon.IsTitleVocabulary(s[k - 1]) || s.IsCapitalized(k - 1)) && TitleLexicon.IsTitleStart(s[k + 1]);

    /// <summary>A lower-case word for a public body ("army", "party", "police"), not a head and not a company's noun ("bank").</summary>
    private static bool IsLowerPublicBody(TitleContext s, int k) =>
        s[k].Length > 2 && char.IsLower(s[k][0]) && TitleLexicon.IsBodyWord(s[k]) && !TitleLexicon.IsHead(s[k]) && !CompanyNouns.Contains(s[k]);

    /// <summary>A lower-case word the curated title words name a portfolio ("press" in "press secretary"), which the directory's offices may lack.</summary>
    private static bool IsLowerCuratedPortfolio(TitleContext s, int k) =>
        s[k].Length > 2 && char.IsLower(s[k][0]) && !TitleLexicon.IsConnector(s[k]) && TitleLexicon.IsPortfolioWord(s[k]);

    private static bool IsPlainLowerWord(string w) =>
        w.Length > 2 && w.All(char.IsLower) && !AfterStops.Contains(w) && !TitleLexicon.IsConnector(w);

    private static bool IsLowerConnectorLike(TitleContext s, int i) =>
        // "general" or "executive" in lower case mid-sentence are rarely title starts ("the general public"), unless
        // an office's head follows ("the general director", "the charge d'affaires")
        !s.IsCapitalized(i) && !TitleLexicon.IsStrongHead(s[i]) && !s[i].StartsWith("ex-", StringComparison.OrdinalIgnoreCase) && s[i] != "former" && s[i] != "deputy" && s[i] != "acting"
        && !(i + 1 < s.Words.Count && TitleLexicon.IsStrongHead(s[i + 1]));

    /// <summary>
    /// How many words at <paramref name="start"/> name the state before a title: an adjective or possessive
    /// ("Azerbaijani", "Russia's", "South Korea's"), or a country name right before a title word ("US Ambassador",
    /// "UAE Minister"); 0 when none.
    /// </summary>
    private static int CountryQualifierWords(TitleContext s, int start, int end, out string? country)
    {
        country = null;
        if (IsCountryQualifier(s[start]))
        {
            country = CountryLexicon.ShortNameOfAny(s[start]);
            return 1;
        }
        for (int n = Math.Min(3, end - start - 1); n >= 1; n--)
        {
            // a title word, or a portfolio before a head: "US Ambassador", "U.S. Treasury Secretary"
            if (!StartsTitleAfterState(s, start + n)) continue;
            // the words as written, so an abbreviation's full stop stays on it ("U.S." is the words "U.S" and ".")
            var words = string.Join(' ', s.Text[s.Words[start].Start..s.Words[start + n - 1].End].Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries));
            if (!char.IsUpper(words[0]) || CountryLexicon.ShortNameOfAny(words) is not { } name) continue;
            country = name;
            return n;
        }
        return 0;
    }

    private static bool IsSingularPossessive(string word) =>
        word.Length > 2 && (word.EndsWith("'s", StringComparison.Ordinal) || word.EndsWith("’s", StringComparison.Ordinal));

    private static bool IsCountryQualifier(string word)
    {
        if (word.Length == 0 || !char.IsUpper(word[0])) return false;
        if (CountryLexicon.ShortNameOfAdjective(word) is not null) return true;
        var stripped = CountryLexicon.StripPossessive(word);
        return stripped != word && CountryLexicon.ShortNameOf(stripped) is not null;
    }

    private static int LongestCountryName(TitleContext s, int from, int end, out string? shortName)
    {
        shortName = null;
        int best = -1;
        var sb = new StringBuilder();
        for (int k = from; k < end && k < from + CountryLexicon.MaxNameWords; k++)
        {
            if (sb.Length > 0) sb.Append(' ');
            sb.Append(s[k]);
            if (CountryLexicon.ShortNameOf(sb.ToString()) is { } name)
            {
                // a country inside a longer name ("of Azerbaijan Railways") is not the country served
                bool endsName = k + 1 >= end || !s.IsCapitalized(k + 1) || s[k + 1] == ",";
                if (endsName) { best = k + 1; shortName = name; }
            }
        }
        return best;
    }

    private static string? OrganizationOf(TitleContext s, List<int> kept, string? country, int phraseEnd)
    {
        var words = kept.Select(i => s[i]).ToList();
        // "Minister of X" (not "Prime Minister of X") → "Ministry of X of <country>"
        for (int i = 0; i + 2 < words.Count; i++)
        {
            if (!IsMinisterWord(words[i]) || words[i + 1] != "of" || (i > 0 && words[i - 1].Equals("prime", StringComparison.OrdinalIgnoreCase))) continue;
            var portfolio = new List<string>();
            for (int k = i + 2; k < words.Count && words[k] != "to"; k++) portfolio.Add(words[k]);
            if (portfolio.Count == 0) break;
            return Ministry(JoinWords(portfolio), country);
        }
        // "Foreign Minister", "Economy Minister" → "Ministry of Foreign Affairs", "Ministry of Economy"
        int minister = words.FindIndex(IsMinisterWord);
        if (minister > 0 && !words[minister - 1].Equals("prime", StringComparison.OrdinalIgnoreCase))
        {
            var portfolio = new List<string>();
            // back over capitalised words, and a list of them ("Culture, Heritage and Sport Minister")
            for (int k = minister - 1; k >= 0 && (char.IsUpper(words[k][0]) || (words[k] is "," or "and" or "&" && k > 0 && k < minister - 1 && char.IsUpper(words[k - 1][0])))
                && (words[k] == "Foreign" || !TitleLexicon.IsModifier(words[k])); k--)
                portfolio.Insert(0, words[k]);
            if (portfolio.Count > 0)
            {
                var name = JoinWords(portfolio);
                if (name == "Foreign") name = "Foreign Affairs";
                return Ministry(name, country);
            }
        }
        if (RecognisedBodyInComplement(s, kept, phraseEnd) is { } recognised) return recognised;
        // the body after the last "of": "Chairman of the Board of Azerbaijan Railways", "head of the EU Delegation to Azerbaijan"
        for (int i = kept.Count - 1; i >= 0; i--)
        {
            if (s[kept[i]] != "of") continue;
            int from = i + 1 < kept.Count && s[kept[i + 1]] == "the" ? i + 2 : i + 1;
            if (from >= kept.Count) return null;
            var body = kept.Skip(from).ToList();
            bool named = body.Any(s.InOrganization) || body.Any(b => TitleLexicon.IsBodyWord(s[b]) && s.IsCapitalized(b));
            bool onlyBoard = body.All(b => s[b] is "Board" or "Management" or "Supervisory" or "Directors" or "of" or "the");
            if (named && !onlyBoard && s.IsCapitalized(body[0])) return Join(s, body);
            return null;
        }
        return null;
    }

    /// <summary>
    /// A body the recogniser found right after the title's last "of"/"for"/"at"/"in" [the] and ending inside the title's
    /// phrase (which may end in the state the title names, "of Kyrgyzstan"), whatever follows it: "of the World Bank for Europe and Central Asia" → "World Bank", "Spokesman for the Ministry
    /// of Defense". An "of" inside a body's name ("the Cabinet of Ministers") is passed for the one before it.
    /// </summary>
    private static string? RecognisedBodyInComplement(TitleContext s, List<int> kept, int phraseEnd)
    {
        for (int i = kept.Count - 1; i >= 0; i--)
        {
            if (s[kept[i]] is not ("of" or "for" or "at" or "in") || (kept[i] > 0 && s.InOrganization(kept[i] - 1))) continue;
            int from = i + 1 < kept.Count && s[kept[i + 1]] == "the" ? i + 2 : i + 1;
            if (from >= kept.Count || s.OrganizationStartingAt(kept[from]) is not { } body || body.End > phraseEnd) continue;
            // a body posted to a state is named with it: "the EU Delegation to Georgia"
            int next = kept.FindIndex(k => s.Words[k].Start >= body.End);
            var name = s.Text[body.Start..body.End];
            if (next >= 0 && s[kept[next]] == "to" && TitleLexicon.IsPostedBodyWord(name[(name.LastIndexOf(' ') + 1)..]))
                return s.Text[body.Start..s.Words[kept[^1]].End];
            return name;
        }
        return null;
    }

    private static string Ministry(string portfolio, string? country) =>
        country is null ? $"Ministry of {portfolio}" : $"Ministry of {portfolio} of {country}";

    private static bool IsMinisterWord(string w) =>
        w.Equals("minister", StringComparison.OrdinalIgnoreCase) || (TitleLexicon.StripExPrefix(w) is { } rest && rest.Equals("minister", StringComparison.OrdinalIgnoreCase));

    private static string Join(TitleContext s, IReadOnlyList<int> indices)
    {
        var sb = new StringBuilder();
        for (int n = 0; n < indices.Count; n++)
        {
            var w = s[indices[n]];
            if (n > 0)
            {
                bool adjacent = indices[n] == indices[n - 1] + 1;
                bool spaced = adjacent ? s.Words[indices[n - 1]].End < s.Words[indices[n]].Start : w != "," && w != "-" && s[indices[n - 1]] != "-";
                if (spaced) sb.Append(' ');
            }
            sb.Append(w);
        }
        return sb.ToString();
    }

    private static string JoinWords(IEnumerable<string> words)
    {
        var sb = new StringBuilder();
        foreach (var w in words)
        {
            if (sb.Length > 0 && w != ",") sb.Append(' ');
            sb.Append(w);
        }
        return sb.ToString();
    }
}
