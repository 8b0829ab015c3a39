using System.Collections.Generic;

namespace SecurityGate.Analyzers.CacheKeys;

/// <summary>
/// Splits a constant composite format string (<c>"orders:{0}:{1,5:D}"</c>) into literal text and items,
/// with the same escapes as <c>string.Format</c>: <c>{{</c> and <c>}}</c> stand for single braces.
/// </summary>
internal static class CompositeFormat
{
    /// <summary>One piece of a format: literal text, or an item with its argument index.</summary>
    public readonly struct Piece
    {
        public Piece(string? text, int argumentIndex, bool hasAlignmentOrFormat)
        {
            Text = text;
            ArgumentIndex = argumentIndex;
            HasAlignmentOrFormat = hasAlignmentOrFormat;
        }

        /// <summary>Literal text; null for a format item.</summary>
        public string? Text { get; }

        public int ArgumentIndex { get; }

        /// <summary>True for <c>{0,5}</c> or <c>{0:D4}</c>, whose text differs from the argument's own.</summary>
        public bool HasAlignmentOrFormat { get; }
    }

    /// <summary>Parses <paramref name="format"/>; returns false where <c>string.Format</c> would throw a FormatException.</summary>
    public static bool TryParse(string format, out List<Piece> pieces)
    {
        pieces = new List<Piece>();
        var text = new System.Text.StringBuilder();
        var index = 0;
        while (index < format.Length)
        {
            var character = format[index];
            if (character == '}')
            {
                if (index + 1 >= format.Length || format[index + 1] != '}')
                {
                    return false;
                }

                text.Append('}');
                index += 2;
                continue;
            }

            if (character != '{')
            {
                text.Append(character);
                index++;
                continue;
            }

            if (index + 1 < format.Length && format[index + 1] == '{')
            {
                text.Append('{');
                index += 2;
                continue;
            }

            var close = format.IndexOf('}', index);
            if (close < 0 || !TryParseItem(format.Substring(index + 1, close - index - 1), out var argumentIndex, out var decorated))
            {
                return false;
            }

            if (text.Length > 0)
            {
                pieces.Add(new Piece(text.ToString(), -1, false));
                text.Clear();
            }

            pieces.Add(new Piece(null, argumentIndex, decorated));
            index = close + 1;
        }

        if (text.Length > 0)
        {
            pieces.Add(new Piece(text.ToString(), -1, false));
        }

        return true;
    }

    private static bool TryParseItem(string item, out int argumentIndex, out bool hasAlignmentOrFormat)
    {
        argumentIndex = 0;
        var digits = 0;
        while (digits < item.Length && item[digits] >= '0' && item[digits] <= '9')
        {
            argumentIndex = (argumentIndex * 10) + (item[digits] - '0');
            digits++;
        }

        var rest = item.Substring(digits).TrimStart(' ');
        hasAlignmentOrFormat = rest.Length > 0;
        return digits > 0 && digits <= 6 && (rest.Length == 0 || rest[0] == ',' || rest[0] == ':');
    }
}
