using System;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.IO;

namespace SecurityGate.Analyzers.CacheKeys;

/// <summary>
/// The cache APIs whose key argument CSG001 and CSG002 check, read from the embedded resource
/// <c>CacheApis.txt</c> once per process. Each line is <c>type metadata name | method name | key parameter name</c>;
/// blank lines and lines starting with <c>#</c> are ignored. Adding an API needs no code change.
/// </summary>
internal static class CacheApiTable
{
    /// <summary>The logical name of the embedded table.</summary>
    public const string ResourceName = "SecurityGate.Analyzers.CacheApis.txt";

    private static readonly Lazy<ImmutableArray<CacheApiEntry>> LazyEntries = new(Load);

    /// <summary>The entries in table order.</summary>
    public static ImmutableArray<CacheApiEntry> Entries => LazyEntries.Value;

    /// <summary>
    /// Parses the table text.
    /// </summary>
    /// <exception cref="FormatException">A line does not have three non-empty fields, or repeats an earlier entry.</exception>
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
            if (fields.Length != 3 || Array.Exists(fields, field => field.Trim().Length == 0))
            {
                throw new FormatException(
                    $"{ResourceName}({lineNumber}): invalid entry \"{line}\"; write \"type metadata name | method name | key parameter name\".");
            }

            var entry = new CacheApiEntry(fields[0].Trim(), fields[1].Trim(), fields[2].Trim(), lineNumber);
            if (!seen.Add(entry.TypeMetadataName + "." + entry.MethodName))
            {
                throw new FormatException(
                    $"{ResourceName}({lineNumber}): duplicate entry \"{line}\"; each type and method may appear once.");
            }

            entries.Add(entry);
        }

        return entries.ToImmutable();
    }

    private static ImmutableArray<CacheApiEntry> Load()
    {
        using var stream = typeof(CacheApiTable).Assembly.GetManifestResourceStream(ResourceName)
            ?? throw new InvalidOperationException($"The embedded resource {ResourceName} is missing from the analyzer assembly.");
        using var reader = new StreamReader(stream);
        return Parse(reader.ReadToEnd());
    }
}
