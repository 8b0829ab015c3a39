using System;
using System.Collections.Immutable;
using System.Linq;
using System.Runtime.CompilerServices;
using System.Threading;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Diagnostics;

namespace SecurityGate.Analyzers.CacheKeys;

/// <summary>
/// The cache APIs a project declares in AdditionalFiles named <c>cache-security-apis.txt</c> (its own cache wrappers),
/// merged with the built-in tables by every rule that resolves cache calls. Each file is read and parsed once, however
/// many analyzers ask, and a project without such a file costs one scan of its AdditionalFiles names.
/// </summary>
internal static class DeclaredCacheApis
{
    /// <summary>The file name that marks an AdditionalFiles item as a cache API declaration, compared ignoring case.</summary>
    public const string FileName = "cache-security-apis.txt";

    private static readonly ConditionalWeakTable<AdditionalText, DeclaredCacheApiFile> ParsedFiles = new();

    /// <summary>True when <paramref name="file"/> is named <see cref="FileName"/>, in any folder.</summary>
    public static bool IsDeclarationFile(AdditionalText file)
        => string.Equals(System.IO.Path.GetFileName(file.Path), FileName, StringComparison.OrdinalIgnoreCase);

    /// <summary>Returns the parsed form of a declaration file, parsing it on the first request.</summary>
    public static DeclaredCacheApiFile Parse(AdditionalText file, CancellationToken cancellationToken)
        => ParsedFiles.GetValue(file, text => DeclaredCacheApiFile.Read(text, cancellationToken));

    /// <summary>
    /// Returns <paramref name="builtIn"/> followed by the project's declared entries whose kind
    /// <paramref name="isChecked"/> accepts, files in path order (ordinal), or <paramref name="builtIn"/> itself when
    /// the project declares none.
    /// </summary>
    public static ImmutableArray<CacheApiEntry> AddTo(
        ImmutableArray<CacheApiEntry> builtIn, Func<CacheApiKind, bool> isChecked, AnalyzerOptions options, CancellationToken cancellationToken)
    {
        var files = options.AdditionalFiles.Where(IsDeclarationFile).ToList();
        if (files.Count == 0)
        {
            return builtIn;
        }

        var declared = files
            .OrderBy(file => file.Path, StringComparer.Ordinal)
            .SelectMany(file => Parse(file, cancellationToken).Entries)
            .Where(entry => isChecked(entry.Kind))
            .ToList();
        return declared.Count == 0 ? builtIn : builtIn.AddRange(declared);
    }
}
