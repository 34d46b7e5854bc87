using System.Text;

namespace NewsExtract.Ingestion.Html;

/// <summary>
/// Repairs the commonest way a page's JSON-LD fails to be JSON: line breaks and tabs typed raw inside a string
/// (a description pasted over several lines), which the JSON grammar forbids and browsers' search-engine readers forgive.
/// </summary>
public static class JsonLdStrings
{
    /// <summary>The block with every control character inside a string made a space; null when there is none to repair.</summary>
    public static string? WithoutRawControls(string json)
    {
        StringBuilder? repaired = null;
        var inString = false;
        var escaped = false;
        for (var i = 0; i < json.Length; i++)
        {
            var c = json[i];
            if (inString)
            {
                if (escaped)
                    escaped = false;
                else if (c == '\\')
                    escaped = true;
                else if (c == '"')
                    inString = false;
                else if (char.IsControl(c) && c < ' ')
                {
                    repaired ??= new StringBuilder(json, 0, i, json.Length);
                    repaired.Append(' ');
                    continue;
                }
            }
            else if (c == '"')
            {
                inString = true;
            }
            repaired?.Append(c);
        }
        return repaired?.ToString();
    }
}
