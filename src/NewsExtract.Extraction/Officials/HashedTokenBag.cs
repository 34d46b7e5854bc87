using System.Numerics;

namespace NewsExtract.Extraction.Officials;

/// <summary>
/// The slot of a feature token in the officials classifiers' hashed bag, as ML.NET 5's hashed word bag (the trainer's
/// <c>ProduceHashedWordBags</c>, default seed) places it: the token's key is its 32-bit MurmurHash3 with the seed,
/// kept to 30 bits and counted from 1, and its slot the key through MurmurHash3's final mix, kept to the bag's bits.
/// ML.NET feeds the hash the token's characters as UTF-8 bytes (every UTF-16 unit alone, a surrogate as three bytes)
/// through a 64-bit accumulator; after appending a character of two or three bytes it reverses the order of the low
/// two or three bytes of the whole accumulator, which puts that character's bytes in UTF-8 order when it begins the
/// accumulator and shuffles them with the bytes before it otherwise. Models were trained on those hashes, so this
/// reproduces them; <see cref="HashedBagClassifierReader"/> checks it against ML.NET's featuriser on probe texts
/// (ASCII, Latin, Cyrillic, CJK, punctuation, surrogates) before a model is scored with it.
/// </summary>
public static class HashedTokenBag
{
    /// <summary>ML.NET's default hashing seed for word bags.</summary>
    public const uint DefaultSeed = 314489979;

    private const uint KeyMask = (1u << 30) - 1;

    /// <summary>The slot of <paramref name="token"/> in a bag of 2^<paramref name="bits"/> slots.</summary>
    public static int Slot(ReadOnlySpan<char> token, int bits, uint seed = DefaultSeed)
    {
        uint key = (Hash(token, seed) & KeyMask) + 1;
        return (int)(FinalMix(key) & ((1u << bits) - 1));
    }

    /// <summary>ML.NET 5's MurmurHash3 of a text (see the class summary for how it feeds the characters).</summary>
    public static uint Hash(ReadOnlySpan<char> text, uint seed)
    {
        uint h = seed;
        ulong pending = 0; // bytes not yet hashed, the first in the low byte
        int pendingBits = 0;
        int length = 0;
        foreach (char c in text)
        {
            if (c < 0x80)
            {
                pending |= (ulong)c << pendingBits;
                pendingBits += 8;
            }
            else if (c < 0x800)
            {
                ulong continuation = 0x80u | (c & 0x3Fu), lead = 0xC0u | ((uint)c >> 6);
                pending |= (continuation | lead << 8) << pendingBits;
                pending = (pending & 0xFF) << 8 | pending >> 8;
                pendingBits += 16;
            }
            else
            {
                ulong last = 0x80u | (c & 0x3Fu), middle = 0x80u | (((uint)c >> 6) & 0x3F), lead = 0xE0u | ((uint)c >> 12);
                pending |= (last | middle << 8 | lead << 16) << pendingBits;
                pending = (pending & 0xFF) << 16 | ((pending >> 8) & 0xFF) << 8 | pending >> 16;
                pendingBits += 24;
            }
            if (pendingBits >= 32)
            {
                h = BitOperations.RotateLeft(h ^ Scramble((uint)pending), 13) * 5 + 0xE6546B64;
                pending >>= 32;
                pendingBits -= 32;
                length += 4;
            }
        }
        length += pendingBits / 8;
        if (pendingBits > 0) h ^= Scramble((uint)pending & 0xFFFFFF);
        return FinalMix(h ^ (uint)length);
    }

    private static uint Scramble(uint k) => BitOperations.RotateLeft(k * 0xCC9E2D51, 15) * 0x1B873593;

    private static uint FinalMix(uint h)
    {
        h ^= h >> 16;
        h *= 0x85EBCA6B;
        h ^= h >> 13;
        h *= 0xC2B2AE35;
        h ^= h >> 16;
        return h;
    }
}
