namespace NewsExtract.Extraction.Numbers;

/// <summary>Removes trailing fractional zeros from a decimal (1140000000.00 → 1140000000) without changing its value.</summary>
public static class DecimalNormalizer
{
    public static decimal Normalize(decimal value)
    {
        Span<int> bits = stackalloc int[4];
        decimal.GetBits(value, bits);
        var mantissa = ((UInt128)(uint)bits[2] << 64) | ((UInt128)(uint)bits[1] << 32) | (uint)bits[0];
        var scale = (byte)((bits[3] >> 16) & 0xFF);
        var negative = bits[3] < 0;
        while (scale > 0 && mantissa % 10 == 0)
        {
            mantissa /= 10;
            scale--;
        }
        return new decimal((int)(uint)mantissa, (int)(uint)(mantissa >> 32), (int)(uint)(mantissa >> 64), negative, scale);
    }
}
