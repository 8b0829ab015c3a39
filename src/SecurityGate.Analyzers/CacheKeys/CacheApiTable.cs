using System;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.IO;
using System.Linq;

namespace SecurityGate.Analyzers.CacheKeys;

/// <summary>
/// The cache APIs whose arguments the key rules check, read from the embedded resource <c>CacheApis.txt</c> once
/// per process. Each line is <c>type metadata name | method name | parameter name [| kind]</c>, where the kind is
/// <c>key</c> (the default), <c>tag</c>, <c>prefix</c> or <c>pattern</c>; blank lines and lines starting with
/// <c>#</c> are ignored. Adding an API needs no code change.
/// </summary>
internal static class CacheApiTable
{
    /// <summary>The logical name of the embedded table.</summary>
    public const string ResourceName = "SecurityGate.Analyzers.CacheApis.txt";

    private const string ExpectedShape = "type metadata name | method name | parameter name [| kind]";

    private static readonly Lazy<ImmutableArray<CacheApiEntry>> LazyEntries = new(Load);

    private static readonly Lazy<ImmutableArray<CacheApiEntry>> LazyKeyEntries =
        new(() => Entries.Where(entry => entry.Kind == CacheApiKind.Key).ToImmutableArray());

    private static readonly Lazy<ImmutableArray<CacheApiEntry>> LazyInvalidationEntries =
        new(() => Entries.Where(entry => entry.Kind != CacheApiKind.Key).ToImmutableArray());

    /// <summary>The entries in table order.</summary>
    public static ImmutableArray<CacheApiEntry> Entries => LazyEntries.Value;

    /// <summary>The entries whose parameter is a key, in table order.</summary>
    public static ImmutableArray<CacheApiEntry> KeyEntries => LazyKeyEntries.Value;

    /// <summary>The entries whose parameter is a tag, a prefix or a pattern, in table order.</summary>
    public static ImmutableArray<CacheApiEntry> InvalidationEntries => LazyInvalidationEntries.Value;

    /// <summary>
    /// Parses the table text.
    /// </summary>
    /// <exception cref="FormatException">
    /// A line does not have three or four non-empty fields, names an unknown kind, or repeats the type, method and
    /// parameter of an earlier entry.
    /// </exception>
    public static ImmutableArray<CacheApiEntry> Parse(string text)
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
                throw new FormatException($"{ResourceName}({lineNumber}): invalid entry \"{line}\"; write \"{ExpectedShape}\".");
            }

            var kind = CacheApiKind.Key;
            if (fields.Length == 4 && !TryParseKind(fields[3].Trim(), out kind))
            {
                throw new FormatException(
                    $"{ResourceName}({lineNumber}): invalid kind \"{fields[3].Trim()}\" in \"{line}\"; write key, tag, prefix or pattern.");
            }

            var entry = new CacheApiEntry(fields[0].Trim(), fields[1].Trim(), fields[2].Trim(), lineNumber, kind);
            if (!seen.Add(entry.TypeMetadataName + "." + entry.MethodName + "(" + entry.KeyParameterName + ")"))
            {
                throw new FormatException(
                    $"{ResourceName}({lineNumber}): duplicate entry \"{line}\"; each type, method and parameter may appear once.");
            }

            entries.Add(entry);
        }

        return entries.ToImmutable();
    }

    /// <summary>Parses a kind written in lower case, as the table writes it; numbers and other spellings are rejected.</summary>
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
            default:
                kind = CacheApiKind.Key;
                return false;
        }
    }

    private static ImmutableArray<CacheApiEntry> Load()
    {
        using var stream = typeof(CacheApiTable).Assembly.GetManifestResourceStream(ResourceName)
            ?? throw new InvalidOperationException($"The embedded resource {ResourceName} is missing from the analyzer assembly.");
        using var reader = new StreamReader(stream);
        return Parse(reader.ReadToEnd());
    }
}
