namespace NewsExtract.Extraction.EntityRecognition;

/// <summary>
/// Allocation-free 64-bit hashing of token text (exact, lower-cased, affixes) and of feature templates, shared by
/// training and tagging so both map the same feature to the same weight slot.
/// </summary>
public static class FeatureHashing
{
    private const ulong Offset = 14695981039346656037UL;
    private const ulong Prime = 1099511628211UL;

    /// <summary>FNV-1a over the characters of <paramref name="text"/>.</summary>
    public static ulong Hash(ReadOnlySpan<char> text)
    {
        ulong h = Offset;
        for (int i = 0; i < text.Length; i++)
        {
            h ^= text[i];
            h *= Prime;
        }
        return h;
    }

    /// <summary>FNV-1a over the lower-cased (invariant) characters of <paramref name="text"/>.</summary>
    public static ulong HashLower(ReadOnlySpan<char> text)
    {
        ulong h = Offset;
        for (int i = 0; i < text.Length; i++)
        {
            h ^= char.ToLowerInvariant(text[i]);
            h *= Prime;
        }
        return h;
    }

    /// <summary>Hash of a string value (used for gazetteer categories, template names, cluster ids).</summary>
    public static ulong Hash(string text) => Hash(text.AsSpan());

    /// <summary>Combines two hashes (order matters).</summary>
    public static ulong Combine(ulong a, ulong b)
    {
        ulong h = (a ^ 0x9E3779B97F4A7C15UL) * 0xBF58476D1CE4E5B9UL;
        h ^= b + 0x94D049BB133111EBUL + (h << 6) + (h >> 2);
        return Mix(h);
    }

    /// <summary>A strong finaliser (splitmix64).</summary>
    public static ulong Mix(ulong x)
    {
        x ^= x >> 30;
        x *= 0xBF58476D1CE4E5B9UL;
        x ^= x >> 27;
        x *= 0x94D049BB133111EBUL;
        x ^= x >> 31;
        return x;
    }

    /// <summary>The weight slot of feature (<paramref name="template"/>, <paramref name="value"/>).</summary>
    public static int Slot(int template, ulong value, int mask)
        => (int)(Mix(value + (ulong)template * 0x9E3779B97F4A7C15UL) & (uint)mask);
}
