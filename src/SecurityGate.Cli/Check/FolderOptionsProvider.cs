using System;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.Diagnostics.CodeAnalysis;
using System.IO;
using System.Linq;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Diagnostics;
using Microsoft.CodeAnalysis.Text;

namespace SecurityGate.Cli.Check;

/// <summary>
/// Analyzer options for the ad-hoc compilation of a folder: the key-value options of the <c>.editorconfig</c> files
/// in the folder, below it and above it (up to one with <c>root = true</c>), per file as the compiler reads them,
/// plus one global option that the tool sets.
/// </summary>
internal sealed class FolderOptionsProvider : AnalyzerConfigOptionsProvider
{
    private static readonly AnalyzerConfigOptions Empty = new Options(ImmutableDictionary<string, string>.Empty);

    private readonly AnalyzerConfigSet configSet;

    private FolderOptionsProvider(AnalyzerConfigSet configSet, IReadOnlyList<string> files, string globalKey, string globalValue)
    {
        this.configSet = configSet;
        Files = files;
        GlobalOptions = new Options(ImmutableDictionary<string, string>.Empty.Add(globalKey, globalValue));
    }

    public override AnalyzerConfigOptions GlobalOptions { get; }

    /// <summary>The full paths of the <c>.editorconfig</c> files read.</summary>
    public IReadOnlyList<string> Files { get; }

    /// <summary>Reads the <c>.editorconfig</c> files that apply to <paramref name="folder"/>'s C# files.</summary>
    public static FolderOptionsProvider Create(string folder, IEnumerable<string> editorConfigFiles, string globalKey, string globalValue)
    {
        var ancestors = new List<string>();
        for (var current = Directory.GetParent(folder); current is not null; current = current.Parent)
        {
            var path = Path.Combine(current.FullName, ".editorconfig");
            if (File.Exists(path))
            {
                ancestors.Add(path);
            }
        }

        var files = editorConfigFiles.Concat(ancestors).ToList();
        var configs = files.Select(path => AnalyzerConfig.Parse(SourceText.From(File.ReadAllText(path)), path)).ToList();
        return new FolderOptionsProvider(AnalyzerConfigSet.Create(configs), files, globalKey, globalValue);
    }

    // NOTE: severities (dotnet_diagnostic.CSGnnn.severity) are not applied in folder mode; only key-value options are.
    public override AnalyzerConfigOptions GetOptions(SyntaxTree tree)
        => string.IsNullOrEmpty(tree.FilePath) ? Empty : new Options(configSet.GetOptionsForSourcePath(tree.FilePath).AnalyzerOptions);

    public override AnalyzerConfigOptions GetOptions(AdditionalText textFile) => Empty;

    private sealed class Options : AnalyzerConfigOptions
    {
        private readonly ImmutableDictionary<string, string> values;

        public Options(ImmutableDictionary<string, string> values)
        {
            this.values = values;
        }

        public override bool TryGetValue(string key, [NotNullWhen(true)] out string? value) => values.TryGetValue(key, out value);
    }
}
