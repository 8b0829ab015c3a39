using System;
using System.Buffers;
using System.Linq;
using System.Text;
using System.Text.RegularExpressions;
using SecurityGate.Conventions;

namespace SecurityGate.Runtime;

/// <summary>
/// The opt-in second check: finds secrets by value (JSON Web Tokens, PEM private keys, connection strings
/// with a password) in a serialized payload, whatever the member names are. Patterns come from
/// <see cref="SensitiveValuePatterns"/> and run without backtracking, so a crafted value cannot make them slow.
/// </summary>
public static class SensitiveValueDetector
{
    private static readonly (string Name, Regex Pattern)[] Patterns = SensitiveValuePatterns.All
        .Select(pattern => (pattern.Key, new Regex(pattern.Value, RegexOptions.NonBacktracking | RegexOptions.CultureInvariant)))
        .ToArray();

    /// <summary>Returns the name of the first pattern that matches <paramref name="text"/>, or null when none does.</summary>
    public static string? FindPattern(ReadOnlySpan<char> text)
    {
        foreach (var (name, pattern) in Patterns)
        {
            if (pattern.IsMatch(text))
            {
                return name;
            }
        }

        return null;
    }

    /// <summary>Returns the name of the first pattern that matches the UTF-8 text, or null when none does.</summary>
    public static string? FindPattern(ReadOnlySpan<byte> utf8Text)
    {
        var buffer = ArrayPool<char>.Shared.Rent(Encoding.UTF8.GetMaxCharCount(utf8Text.Length));
        try
        {
            var length = Encoding.UTF8.GetChars(utf8Text, buffer);
            return FindPattern(buffer.AsSpan(0, length));
        }
        finally
        {
            ArrayPool<char>.Shared.Return(buffer, clearArray: true);
        }
    }
}
