using System;
using System.Collections.Immutable;
using System.IO;
using System.Linq;

namespace SecurityGate.Analyzers.CacheKeys;

/// <summary>
/// The cache APIs whose arguments the key rules check, read from the embedded resource <c>CacheApis.txt</c> once
/// per process, in the line format of <see cref="CacheApiLineParser"/>. Adding an API needs no code change.
/// </summary>
internal static class CacheApiTable
{
    /// <summary>The logical name of the embedded table.</summary>
    public const string ResourceName = "SecurityGate.Analyzers.CacheApis.txt";

    private static readonly Lazy<ImmutableArray<CacheApiEntry>> LazyEntries = new(Load);

    private static readonly Lazy<ImmutableArray<CacheApiEntry>> LazyKeyEntries =
        new(() => Entries.Where(entry => entry.Kind == CacheApiKind.Key).ToImmutableArray());

    private static readonly Lazy<ImmutableArray<CacheApiEntry>> LazyInvalidationEntries =
        new(() => Entries.Where(entry => IsInvalidation(entry.Kind)).ToImmutableArray());

    /// <summary>The entries in table order.</summary>
    public static ImmutableArray<CacheApiEntry> Entries => LazyEntries.Value;

    /// <summary>The entries whose parameter is a key, in table order.</summary>
    public static ImmutableArray<CacheApiEntry> KeyEntries => LazyKeyEntries.Value;

    /// <summary>The entries whose parameter is a tag, a prefix or a pattern, in table order.</summary>
    public static ImmutableArray<CacheApiEntry> InvalidationEntries => LazyInvalidationEntries.Value;

    /// <summary>True for the kinds CSG004 checks: tags, prefixes and patterns.</summary>
    public static bool IsInvalidation(CacheApiKind kind) => kind is CacheApiKind.Tag or CacheApiKind.Prefix or CacheApiKind.Pattern;

    /// <summary>Parses the table text with <see cref="CacheApiLineParser"/>.</summary>
    /// <exception cref="FormatException">
    /// A line does not have three or four non-empty fields, names an unknown kind, or repeats the type, method and
    /// parameter of an earlier entry.
    /// </exception>
    public static ImmutableArray<CacheApiEntry> Parse(string text)
        => CacheApiLineParser.Parse(text, (lineNumber, error) => throw new FormatException($"{ResourceName}({lineNumber}): {error}"));

    private static ImmutableArray<CacheApiEntry> Load()
    {
        using var stream = typeof(CacheApiTable).Assembly.GetManifestResourceStream(ResourceName)
            ?? throw new InvalidOperationException($"The embedded resource {ResourceName} is missing from the analyzer assembly.");
        using var reader = new StreamReader(stream);
        return Parse(reader.ReadToEnd());
    }
}
