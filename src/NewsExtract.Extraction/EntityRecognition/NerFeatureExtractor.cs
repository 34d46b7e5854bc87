using NewsExtract.Core.Documents;

namespace NewsExtract.Extraction.EntityRecognition;

/// <summary>
/// Turns the tokens of one document, sentence by sentence, into hashed sparse feature slots. Holds per-document
/// state (casing seen elsewhere, earlier tags of the same word, where else a word occurs) and reusable buffers, so one instance serves one
/// thread; call <see cref="BeginDocument"/> before the document's sentences, in order.
/// </summary>
public sealed class NerFeatureExtractor
{
    private const ulong Boundary = 0xB0B0B0B0B0B0B0B0UL;
    private const int MaxHistoryTypes = 31;
    private const int OutsideHistoryBit = 31;

    // Feature templates (numbers are part of the model format: never renumber, only add).
    private const int TWord = 1, TLower = 2, TShape = 3, TShortShape = 4, TPrefix = 5, TSuffix = 6;
    private const int TLowerAt = 10; // + offset (-2..2) + 2
    private const int TShapeAt = 16; // + offset + 2
    private const int TWordAt = 22;  // + offset + 2
    private const int TBigramPrev = 30, TBigramNext = 31, TShapeTrigram = 32;
    private const int TFirstShape = 33, TLastShape = 34, TFirstLower = 35, TCaseFlag = 36, TCapsSentence = 37, TCapsSentenceLower = 38;
    private const int TLengthShape = 39;
    private const int TGazBegin = 40, TGazInside = 41, TGazPrevBegin = 42, TGazPrevInside = 43, TGazNextBegin = 44;
    private const int TGazNextInside = 45, TGazBeginLower = 46, TGazPrev2 = 47, TGazNext2 = 48;
    private const int TLowerElsewhere = 50, TTitleElsewhere = 51, TCapsOnlyInDoc = 52;
    private const int THistory = 55, THistoryShape = 56;
    private const int TCluster = 60, TClusterPrev = 61, TClusterNext = 62, TClusterLower = 63;
    private const int TDomainCopy = 70;
    private const int TContextPrev = 80, TContextNext = 81, TContextPrev2 = 82, TContextNext2 = 83, TContextPrevShape = 84, TContextNextShape = 85;

    /// <summary>How many other occurrences of a word lend their neighbours to it (the first ones in the article).</summary>
    private const int MaxContextOccurrences = 8;

    private readonly NerFeatureConfig _config;
    private readonly Gazetteer? _gazetteer;
    private readonly WordClusters? _clusters;
    private readonly int _mask;
    private ulong _domain;

    // Document-wide, per token.
    private ulong[] _word = new ulong[256];
    private ulong[] _lower = new ulong[256];
    private ulong[] _shape = new ulong[256];
    private ulong[] _shortShape = new ulong[256];
    private TokenCase[] _case = new TokenCase[256];
    private int[] _cluster = new int[256];
    private int[] _start = new int[256];
    private int[] _length = new int[256];
    private int[] _sentenceFirst = new int[256];
    private int[] _sentenceEnd = new int[256];
    private int[] _nextOccurrence = new int[256];
    private string _text = "";

    // Per sentence.
    private bool[] _canStart = new bool[64];
    private uint[] _gazBegin = new uint[64];
    private uint[] _gazInside = new uint[64];

    private readonly HashSet<ulong> _seenLower = [];
    private readonly HashSet<ulong> _seenTitleMidSentence = [];
    private readonly HashSet<ulong> _seenCapitalised = [];
    private readonly Dictionary<ulong, uint> _history = [];
    private readonly Dictionary<ulong, int> _firstOccurrence = [];
    private readonly Dictionary<ulong, int> _lastOccurrence = [];
    private readonly List<ulong> _contextSeen = [];

    public NerFeatureExtractor(NerFeatureConfig config, Gazetteer? gazetteer, WordClusters? clusters)
    {
        _config = config;
        _gazetteer = config.Gazetteers ? gazetteer : null;
        _clusters = config.Clusters ? clusters : null;
        _mask = config.Mask;
    }

    /// <summary>
    /// The annotation domain of the text being featurised (null: none). With a domain, every feature also fires as a
    /// domain-specific copy ("frustratingly easy" domain adaptation, Daumé 2007): a corpus whose conventions differ
    /// (GMB tags titles with the person, say) learns its differences in its own copies, while the shared weights serve
    /// copy with no domain, which is how the product tags news (web writing it tags in the <c>web</c> domain).
    /// </summary>
    public string? Domain
    {
        get;
        set
        {
            field = string.IsNullOrEmpty(value) ? null : value;
            _domain = field is null ? 0 : FeatureHashing.Hash(field.AsSpan());
        }
    }

    /// <summary>Computes the per-token hashes of a whole document and its casing statistics.</summary>
    public void BeginDocument(string text, IReadOnlyList<Token> tokens, IReadOnlyList<Sentence> sentences)
    {
        int n = tokens.Count;
        if (_word.Length < n)
        {
            int size = Math.Max(n, _word.Length * 2);
            _word = new ulong[size];
            _lower = new ulong[size];
            _shape = new ulong[size];
            _shortShape = new ulong[size];
            _case = new TokenCase[size];
            _cluster = new int[size];
            _start = new int[size];
            _length = new int[size];
            _sentenceFirst = new int[size];
            _sentenceEnd = new int[size];
            _nextOccurrence = new int[size];
        }
        _text = text;
        _seenLower.Clear();
        _seenTitleMidSentence.Clear();
        _seenCapitalised.Clear();
        _history.Clear();

        var span = text.AsSpan();
        for (int i = 0; i < n; i++)
        {
            var token = tokens[i];
            var w = span.Slice(token.Start, token.End - token.Start);
            _start[i] = token.Start;
            _length[i] = token.End - token.Start;
            _word[i] = FeatureHashing.Hash(w);
            _lower[i] = FeatureHashing.HashLower(w);
            _shape[i] = WordShape.Full(w);
            _shortShape[i] = WordShape.Short(w);
            _case[i] = CaseOf(w);
            _cluster[i] = _clusters is not null && _clusters.TryGet(_lower[i], out int c) ? c : -1;
        }

        if (_config.ContextAggregation) IndexOccurrences(n, sentences);
        if (!_config.DocumentCasing) return;
        for (int s = 0; s < sentences.Count; s++)
        {
            var sentence = sentences[s];
            bool capsSentence = IsCapsSentence(sentence.FirstToken, sentence.EndToken);
            for (int i = sentence.FirstToken; i < sentence.EndToken; i++)
            {
                var c = _case[i];
                if ((c & TokenCase.AllLower) != 0) _seenLower.Add(_lower[i]);
                else if ((c & TokenCase.InitialCapital) != 0)
                {
                    _seenCapitalised.Add(_lower[i]);
                    if (i > sentence.FirstToken && !capsSentence && (c & TokenCase.AllCapitals) == 0)
                        _seenTitleMidSentence.Add(_lower[i]);
                }
            }
        }
    }

    /// <summary>Writes the feature slots of every token of <paramref name="sentence"/> into <paramref name="output"/>.</summary>
    public void Extract(Sentence sentence, FeatureBuffer output)
    {
        int first = sentence.FirstToken;
        int n = sentence.TokenCount;
        output.Reset(n);
        if (n == 0) return;
        EnsureSentenceBuffers(n);

        bool gaz = _gazetteer is not null;
        if (gaz)
        {
            for (int i = 0; i < n; i++) _canStart[i] = (_case[first + i] & TokenCase.AllLower) == 0;
            _gazetteer!.Match(_lower.AsSpan(first, n), _canStart.AsSpan(0, n), _gazBegin, _gazInside);
        }
        bool capsSentence = IsCapsSentence(first, first + n);
        int mask = _mask;

        for (int i = 0; i < n; i++)
        {
            int t = first + i;
            ulong lower = _lower[t];
            ulong shortShape = _shortShape[t];
            var c = _case[t];

            output.Add(FeatureHashing.Slot(TWord, _word[t], mask));
            output.Add(FeatureHashing.Slot(TLower, lower, mask));
            output.Add(FeatureHashing.Slot(TShape, _shape[t], mask));
            output.Add(FeatureHashing.Slot(TShortShape, shortShape, mask));
            output.Add(FeatureHashing.Slot(TCaseFlag, (ulong)c, mask));
            output.Add(FeatureHashing.Slot(TLengthShape, FeatureHashing.Combine(shortShape, (ulong)Math.Min(_length[t], 12)), mask));

            if (_config.AffixLength > 0) AddAffixes(t, output, mask);

            if (i == 0)
            {
                output.Add(FeatureHashing.Slot(TFirstShape, shortShape, mask));
                output.Add(FeatureHashing.Slot(TFirstLower, lower, mask));
            }
            if (i == n - 1) output.Add(FeatureHashing.Slot(TLastShape, shortShape, mask));
            if (capsSentence)
            {
                output.Add(FeatureHashing.Slot(TCapsSentence, 1, mask));
                output.Add(FeatureHashing.Slot(TCapsSentenceLower, lower, mask));
            }

            if (_config.Window)
            {
                for (int d = -2; d <= 2; d++)
                {
                    if (d == 0) continue;
                    int j = i + d;
                    bool inside = j >= 0 && j < n;
                    ulong lw = inside ? _lower[first + j] : Boundary + (ulong)(d + 2);
                    output.Add(FeatureHashing.Slot(TLowerAt + d + 2, lw, mask));
                    if (d is -1 or 1)
                    {
                        ulong sh = inside ? _shortShape[first + j] : Boundary + (ulong)(d + 2);
                        output.Add(FeatureHashing.Slot(TShapeAt + d + 2, sh, mask));
                        ulong wd = inside ? _word[first + j] : Boundary + (ulong)(d + 2);
                        output.Add(FeatureHashing.Slot(TWordAt + d + 2, wd, mask));
                    }
                }
                ulong prevShape = i > 0 ? _shortShape[t - 1] : Boundary;
                ulong nextShape = i < n - 1 ? _shortShape[t + 1] : Boundary + 4;
                output.Add(FeatureHashing.Slot(TShapeTrigram, FeatureHashing.Combine(FeatureHashing.Combine(prevShape, shortShape), nextShape), mask));
            }

            if (_config.Bigrams)
            {
                ulong prev = i > 0 ? _lower[t - 1] : Boundary;
                ulong next = i < n - 1 ? _lower[t + 1] : Boundary + 4;
                output.Add(FeatureHashing.Slot(TBigramPrev, FeatureHashing.Combine(prev, lower), mask));
                output.Add(FeatureHashing.Slot(TBigramNext, FeatureHashing.Combine(lower, next), mask));
            }

            if (gaz)
            {
                AddBits(TGazBegin, _gazBegin[i], output, mask);
                AddBits(TGazInside, _gazInside[i], output, mask);
                if (i > 0)
                {
                    AddBits(TGazPrevBegin, _gazBegin[i - 1], output, mask);
                    AddBits(TGazPrevInside, _gazInside[i - 1], output, mask);
                }
                if (i > 1) AddBits(TGazPrev2, _gazBegin[i - 2] | _gazInside[i - 2], output, mask);
                if (i < n - 1)
                {
                    AddBits(TGazNextBegin, _gazBegin[i + 1], output, mask);
                    AddBits(TGazNextInside, _gazInside[i + 1], output, mask);
                }
                if (i < n - 2) AddBits(TGazNext2, _gazBegin[i + 2] | _gazInside[i + 2], output, mask);
                if ((_gazBegin[i] | _gazInside[i]) != 0 && (c & TokenCase.AllLower) != 0)
                    output.Add(FeatureHashing.Slot(TGazBeginLower, _gazBegin[i], mask));
            }

            if (_config.DocumentCasing && (c & TokenCase.InitialCapital) != 0)
            {
                bool lowerElsewhere = _seenLower.Contains(lower);
                output.Add(FeatureHashing.Slot(TLowerElsewhere, lowerElsewhere ? 1UL : 0UL, mask));
                if (i == 0 || capsSentence || (c & TokenCase.AllCapitals) != 0)
                {
                    bool titleElsewhere = _seenTitleMidSentence.Contains(lower);
                    output.Add(FeatureHashing.Slot(TTitleElsewhere, titleElsewhere ? 1UL : 0UL, mask));
                    if (!lowerElsewhere && !titleElsewhere) output.Add(FeatureHashing.Slot(TCapsOnlyInDoc, 1, mask));
                }
            }

            if (_config.DocumentHistory && (c & TokenCase.HasLetter) != 0 && (c & TokenCase.AllLower) == 0
                && _history.TryGetValue(lower, out uint seen))
            {
                AddBits(THistory, seen, output, mask);
                output.Add(FeatureHashing.Slot(THistoryShape, FeatureHashing.Combine(seen, shortShape), mask));
            }

            if (_config.ContextAggregation && (c & TokenCase.HasLetter) != 0 && (c & TokenCase.AllLower) == 0)
                AddOtherContexts(t, output, mask);

            if (_clusters is not null)
            {
                int cl = _cluster[t];
                output.Add(FeatureHashing.Slot(TCluster, (ulong)(cl + 1), mask));
                output.Add(FeatureHashing.Slot(TClusterPrev, i > 0 ? (ulong)(_cluster[t - 1] + 1) : Boundary, mask));
                output.Add(FeatureHashing.Slot(TClusterNext, i < n - 1 ? (ulong)(_cluster[t + 1] + 1) : Boundary, mask));
                output.Add(FeatureHashing.Slot(TClusterLower, FeatureHashing.Combine((ulong)(cl + 1), shortShape), mask));
            }

            if (_domain != 0)
            {
                int end = output.Count;
                for (int j = output.StartOf(i); j < end; j++)
                    output.Add(FeatureHashing.Slot(TDomainCopy, FeatureHashing.Combine(_domain, (ulong)output.SlotAt(j)), mask));
            }

            output.EndToken(i);
        }
    }

    /// <summary>
    /// Records how the tokens of <paramref name="sentence"/> were tagged (entity type index per token, -1 for
    /// outside), for the history features of later sentences.
    /// </summary>
    public void Remember(Sentence sentence, ReadOnlySpan<int> typeOfToken)
    {
        if (!_config.DocumentHistory) return;
        for (int i = 0; i < sentence.TokenCount; i++)
        {
            int t = sentence.FirstToken + i;
            var c = _case[t];
            if ((c & TokenCase.HasLetter) == 0 || (c & TokenCase.AllLower) != 0) continue;
            int type = typeOfToken[i];
            int bit = type < 0 ? OutsideHistoryBit : Math.Min(type, MaxHistoryTypes - 1);
            ref uint bits = ref System.Runtime.InteropServices.CollectionsMarshal.GetValueRefOrAddDefault(_history, _lower[t], out _);
            bits |= 1u << bit;
        }
    }

    /// <summary>
    /// Chains each capitalised word's occurrences in text order (<see cref="_nextOccurrence"/>, -1 at the end, from
    /// <see cref="_firstOccurrence"/>) and notes every token's sentence, for <see cref="AddOtherContexts"/>.
    /// </summary>
    private void IndexOccurrences(int n, IReadOnlyList<Sentence> sentences)
    {
        _firstOccurrence.Clear();
        _lastOccurrence.Clear();
        for (int i = 0; i < n; i++)
        {
            _sentenceFirst[i] = i;
            _sentenceEnd[i] = i + 1;
        }
        foreach (var sentence in sentences)
            for (int i = sentence.FirstToken; i < sentence.EndToken; i++)
            {
                _sentenceFirst[i] = sentence.FirstToken;
                _sentenceEnd[i] = sentence.EndToken;
            }
        for (int i = 0; i < n; i++)
        {
            _nextOccurrence[i] = -1;
            var c = _case[i];
            if ((c & TokenCase.HasLetter) == 0 || (c & TokenCase.AllLower) != 0) continue;
            if (_lastOccurrence.TryGetValue(_lower[i], out int previous)) _nextOccurrence[previous] = i;
            else _firstOccurrence[_lower[i]] = i;
            _lastOccurrence[_lower[i]] = i;
        }
    }

    /// <summary>
    /// The lower-cased words one and two places before and after the word's other occurrences, and the shapes of the
    /// words next to them (each distinct value once); a sentence edge counts as a word.
    /// </summary>
    private void AddOtherContexts(int t, FeatureBuffer output, int mask)
    {
        if (!_firstOccurrence.TryGetValue(_lower[t], out int u)) return;
        _contextSeen.Clear();
        for (int taken = 0; u >= 0 && taken < MaxContextOccurrences; u = _nextOccurrence[u])
        {
            if (u == t) continue;
            taken++;
            AddOnce(TContextPrev, InSentence(_lower, u, -1, Boundary), output, mask);
            AddOnce(TContextNext, InSentence(_lower, u, 1, Boundary + 4), output, mask);
            AddOnce(TContextPrev2, InSentence(_lower, u, -2, Boundary + 1), output, mask);
            AddOnce(TContextNext2, InSentence(_lower, u, 2, Boundary + 3), output, mask);
            AddOnce(TContextPrevShape, InSentence(_shortShape, u, -1, Boundary), output, mask);
            AddOnce(TContextNextShape, InSentence(_shortShape, u, 1, Boundary + 4), output, mask);
        }
    }

    /// <summary>The value of the token <paramref name="offset"/> places from <paramref name="u"/>, or <paramref name="edge"/> past its sentence.</summary>
    private ulong InSentence(ulong[] values, int u, int offset, ulong edge)
    {
        int j = u + offset;
        return j >= _sentenceFirst[u] && j < _sentenceEnd[u] ? values[j] : edge;
    }

    private void AddOnce(int template, ulong value, FeatureBuffer output, int mask)
    {
        ulong key = FeatureHashing.Combine((ulong)template, value);
        if (_contextSeen.Contains(key)) return;
        _contextSeen.Add(key);
        output.Add(FeatureHashing.Slot(template, value, mask));
    }

    private void AddAffixes(int t, FeatureBuffer output, int mask)
    {
        // Affixes are hashed incrementally from the (lower-cased) characters: no substrings are made.
        int length = _length[t];
        ReadOnlySpan<char> w = _text.AsSpan(_start[t], length);
        int max = Math.Min(_config.AffixLength, length);
        ulong h = 14695981039346656037UL;
        for (int k = 0; k < max; k++)
        {
            h = (h ^ char.ToLowerInvariant(w[k])) * 1099511628211UL;
            output.Add(FeatureHashing.Slot(TPrefix, FeatureHashing.Combine(h, (ulong)k), mask));
        }
        h = 14695981039346656037UL;
        for (int k = 0; k < max; k++)
        {
            h = (h ^ char.ToLowerInvariant(w[length - 1 - k])) * 1099511628211UL;
            output.Add(FeatureHashing.Slot(TSuffix, FeatureHashing.Combine(h, (ulong)k), mask));
        }
    }

    private void AddBits(int template, uint bits, FeatureBuffer output, int mask)
    {
        while (bits != 0)
        {
            int b = System.Numerics.BitOperations.TrailingZeroCount(bits);
            bits &= bits - 1;
            output.Add(FeatureHashing.Slot(template, (ulong)b, mask));
        }
    }

    private bool IsCapsSentence(int from, int to)
    {
        int caps = 0;
        for (int i = from; i < to; i++)
        {
            var c = _case[i];
            if ((c & TokenCase.HasLetter) == 0) continue;
            if ((c & TokenCase.AllCapitals) == 0) return false;
            caps++;
        }
        return caps >= 2;
    }

    private void EnsureSentenceBuffers(int n)
    {
        if (_canStart.Length >= n) return;
        int size = Math.Max(n, _canStart.Length * 2);
        _canStart = new bool[size];
        _gazBegin = new uint[size];
        _gazInside = new uint[size];
    }

    internal static TokenCase CaseOf(ReadOnlySpan<char> w)
    {
        int upper = 0, lower = 0, digit = 0, letters = 0, other = 0;
        var flags = TokenCase.None;
        for (int i = 0; i < w.Length; i++)
        {
            char ch = w[i];
            if (char.IsLetter(ch))
            {
                letters++;
                if (char.IsUpper(ch)) upper++;
                else lower++;
            }
            else if (char.IsDigit(ch)) digit++;
            else
            {
                other++;
                if (ch == '-') flags |= TokenCase.HasHyphen;
                else if (ch == '.') flags |= TokenCase.HasPeriod;
            }
        }
        if (letters > 0)
        {
            flags |= TokenCase.HasLetter;
            if (char.IsUpper(w[0])) flags |= TokenCase.InitialCapital;
            if (lower == 0) flags |= TokenCase.AllCapitals;
            if (upper == 0) flags |= TokenCase.AllLower;
            else if (lower > 0 && !(upper == 1 && char.IsUpper(w[0]))) flags |= TokenCase.MixedCase;
        }
        if (digit > 0)
        {
            flags |= TokenCase.HasDigit;
            if (digit == w.Length) flags |= TokenCase.AllDigits;
        }
        if (letters == 0 && digit == 0 && other > 0) flags |= TokenCase.Punctuation;
        return flags;
    }
}
