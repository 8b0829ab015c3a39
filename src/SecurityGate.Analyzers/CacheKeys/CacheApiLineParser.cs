using System;
using System.Collections.Generic;
using System.Collections.Immutable;

namespace SecurityGate.Analyzers.CacheKeys;

/// <summary>
/// Parses the line format shared by the built-in table <c>CacheApis.txt</c> and a project's
/// <c>cache-security-apis.txt</c>: <c>type metadata name | method name | parameter name [| kind]</c>, where the kind is
/// <c>key</c> (the default), <c>tag</c>, <c>prefix</c>, <c>pattern</c> or <c>value</c>. Blank lines and lines
/// starting with <c>#</c> are ignored.
/// </summary>
internal static class CacheApiLineParser
{
    /// <summary>The line format, as error messages name it.</summary>
    public const string ExpectedShape = "type metadata name | method name | parameter name [| kind]";

    /// <summary>
    /// Returns the valid entries of <paramref name="text"/> in line order and passes each invalid line to
    /// <paramref name="onError"/> with its 1-based number and a message that quotes it and names the fix. A line is
    /// invalid when it does not have three or four non-empty fields, names an unknown kind, or repeats the type, method
    /// and parameter of an earlier entry.
    /// </summary>
    public static ImmutableArray<CacheApiEntry> Parse(string text, Action<int, string> onError)
    {
        var entries = ImmutableArray.CreateBuilder<CacheApiEntry>();
        var seen = new HashSet<string>(StringComparer.Ordinal);
        var lines = text.Split('\n');
        for (var index = 0; index < lines.Length; index++)
        {
            var line = lines[index].Trim();
            if (line.Length == 0 || line[0] == '#')
            {
                continue;
            }

            var lineNumber = index + 1;
            var fields = line.Split('|');
            if (fields.Length is < 3 or > 4 || Array.Exists(fields, field => field.Trim().Length == 0))
            {
                onError(lineNumber, $"invalid entry \"{line}\"; write \"{ExpectedShape}\".");
                continue;
            }

            var kind = CacheApiKind.Key;
            if (fields.Length == 4 && !TryParseKind(fields[3].Trim(), out kind))
            {
                onError(lineNumber, $"invalid kind \"{fields[3].Trim()}\" in \"{line}\"; write key, tag, prefix, pattern or value.");
                continue;
            }

            // A written value follows the key in the usual cache signature, so a call matched by name (folder mode)
            // takes it from the second positional argument.
            var unboundPosition = kind == CacheApiKind.Value ? 1 : 0;
            var entry = new CacheApiEntry(fields[0].Trim(), fields[1].Trim(), fields[2].Trim(), lineNumber, kind, unboundPosition);
            if (!seen.Add(entry.TypeMetadataName + "." + entry.MethodName + "(" + entry.KeyParameterName + ")"))
            {
                onError(lineNumber, $"duplicate entry \"{line}\"; each type, method and parameter may appear once.");
                continue;
            }

            entries.Add(entry);
        }

        return entries.ToImmutable();
    }

    /// <summary>Parses a kind written in lower case, as the tables write it; numbers and other spellings are rejected.</summary>
    private static bool TryParseKind(string text, out CacheApiKind kind)
    {
        switch (text)
        {
            case "key":
                kind = CacheApiKind.Key;
                return true;
            case "tag":
                kind = CacheApiKind.Tag;
                return true;
            case "prefix":
                kind = CacheApiKind.Prefix;
                return true;
            case "pattern":
                kind = CacheApiKind.Pattern;
                return true;
            case "value":
                kind = CacheApiKind.Value;
                return true;
            default:
                kind = CacheApiKind.Key;
                return false;
        }
    }
}
