using System.Collections.Generic;
using System.Collections.Immutable;
using System.Threading;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Text;

namespace SecurityGate.Analyzers.CacheKeys;

/// <summary>One parsed <c>cache-security-apis.txt</c>: its valid entries and its invalid lines.</summary>
internal sealed class DeclaredCacheApiFile
{
    private DeclaredCacheApiFile(string path, SourceText text, ImmutableArray<CacheApiEntry> entries, ImmutableArray<(int LineNumber, string Error)> errors)
    {
        Path = path;
        Text = text;
        Entries = entries;
        Errors = errors;
    }

    /// <summary>The file's path as the project's AdditionalFiles item gives it.</summary>
    public string Path { get; }

    public SourceText Text { get; }

    /// <summary>The valid entries in line order; invalid lines are left out.</summary>
    public ImmutableArray<CacheApiEntry> Entries { get; }

    /// <summary>The invalid lines: the 1-based line number and a message that quotes the line and names the fix.</summary>
    public ImmutableArray<(int LineNumber, string Error)> Errors { get; }

    /// <summary>Reads and parses <paramref name="file"/>; a file whose text cannot be read has no entries.</summary>
    public static DeclaredCacheApiFile Read(AdditionalText file, CancellationToken cancellationToken)
    {
        var text = file.GetText(cancellationToken) ?? SourceText.From(string.Empty);
        var errors = new List<(int, string)>();
        var entries = CacheApiLineParser.Parse(text.ToString(), (lineNumber, error) => errors.Add((lineNumber, error)));
        return new DeclaredCacheApiFile(file.Path, text, entries, errors.ToImmutableArray());
    }

    /// <summary>Returns the location of a 1-based line of the file, for diagnostics at that line.</summary>
    public Location LineLocation(int lineNumber)
    {
        var line = Text.Lines[lineNumber - 1];
        return Location.Create(Path, line.Span, Text.Lines.GetLinePositionSpan(line.Span));
    }
}
