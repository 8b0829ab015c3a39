using System;
using Newtonsoft.Json;

namespace SecurityGate.Gate.Baseline;

/// <summary>
/// Reads a finding line in the exact form that <see cref="BaselineFile.Format"/> writes, without a JSON reader:
/// <c>{"name1":"value1",...}</c> with the expected names in order, no white space and no escape sequence in a value.
/// Json.NET would read such a line to the same strings, so any other line is left to the full JSON reader, which
/// also reports the errors.
/// </summary>
internal static class CanonicalEntryLine
{
    /// <summary>Fills <paramref name="properties"/> and returns true when <paramref name="text"/> has the canonical form.</summary>
    public static bool TryRead(string text, string[] names, FlatObjectProperties properties)
    {
        properties.Clear();
        var position = 0;
        if (!Expect(text, ref position, "{"))
        {
            return false;
        }

        for (var index = 0; index < names.Length; index++)
        {
            if ((index > 0 && !Expect(text, ref position, ",")) || !Expect(text, ref position, "\"") || !Expect(text, ref position, names[index]) || !Expect(text, ref position, "\":\""))
            {
                return false;
            }

            var end = text.IndexOf('"', position);
            if (end < 0 || !IsPlain(text, position, end))
            {
                return false;
            }

            properties.Set(names[index], JsonToken.String, text.Substring(position, end - position));
            position = end + 1;
        }

        return Expect(text, ref position, "}") && position == text.Length;
    }

    private static bool Expect(string text, ref int position, string expected)
    {
        if (text.Length - position < expected.Length || string.CompareOrdinal(text, position, expected, 0, expected.Length) != 0)
        {
            return false;
        }

        position += expected.Length;
        return true;
    }

    // A value without a backslash or a control character reads as itself in JSON.
    private static bool IsPlain(string text, int start, int end)
    {
        for (var index = start; index < end; index++)
        {
            if (text[index] == '\\' || text[index] < ' ')
            {
                return false;
            }
        }

        return true;
    }
}
