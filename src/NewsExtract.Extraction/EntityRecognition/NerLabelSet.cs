namespace NewsExtract.Extraction.EntityRecognition;

/// <summary>
/// The IOB2 tags a model predicts: tag 0 is <c>O</c>, then <c>B-T</c>, <c>I-T</c> for each entity type T in order.
/// Knows which tag follows which legally (an <c>I-T</c> only after <c>B-T</c> or <c>I-T</c>).
/// </summary>
public sealed class NerLabelSet
{
    public const string Outside = "O";

    private readonly string[] _tags;
    private readonly int[] _typeOfTag;
    private readonly bool[] _isInside;

    public NerLabelSet(IReadOnlyList<string> types)
    {
        if (types.Count == 0) throw new ArgumentException("A label set needs at least one entity type.", nameof(types));
        Types = [.. types];
        _tags = new string[1 + 2 * types.Count];
        _typeOfTag = new int[_tags.Length];
        _isInside = new bool[_tags.Length];
        _tags[0] = Outside;
        _typeOfTag[0] = -1;
        for (int t = 0; t < types.Count; t++)
        {
            if (string.IsNullOrWhiteSpace(types[t]) || types[t] == Outside)
                throw new ArgumentException($"'{types[t]}' is not a usable entity type.", nameof(types));
            _tags[BeginOf(t)] = "B-" + types[t];
            _tags[InsideOf(t)] = "I-" + types[t];
            _typeOfTag[BeginOf(t)] = t;
            _typeOfTag[InsideOf(t)] = t;
            _isInside[InsideOf(t)] = true;
        }
    }

    /// <summary>Entity types in tag order.</summary>
    public IReadOnlyList<string> Types { get; }

    public int Count => _tags.Length;

    public IReadOnlyList<string> Tags => _tags;

    public static int BeginOf(int type) => 1 + 2 * type;

    public static int InsideOf(int type) => 2 + 2 * type;

    /// <summary>The entity type index of tag <paramref name="tag"/>, or -1 for O.</summary>
    public int TypeOf(int tag) => _typeOfTag[tag];

    public bool IsInside(int tag) => _isInside[tag];

    /// <summary>The index of an IOB2 tag string ("O", "B-PER"), or -1 when the type is unknown.</summary>
    public int IndexOf(string tag)
    {
        for (int i = 0; i < _tags.Length; i++)
            if (string.Equals(_tags[i], tag, StringComparison.Ordinal)) return i;
        return -1;
    }

    /// <summary>True when <paramref name="tag"/> may follow <paramref name="previous"/> (-1 = sentence start).</summary>
    public bool CanFollow(int previous, int tag)
    {
        if (!_isInside[tag]) return true;
        return previous >= 0 && _typeOfTag[previous] == _typeOfTag[tag];
    }
}
