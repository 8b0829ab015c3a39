using System;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.IO;
using System.Linq;
using System.Text;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.Text;

namespace SecurityGate.Analyzers.Benchmarks;

/// <summary>
/// Builds the measured compilations: the generated files of one project with the .NET reference assemblies and the
/// cache packages the generated projects reference. Every run gets a new compilation over the same syntax trees,
/// so no run profits from symbols or bound bodies that an earlier run left behind.
/// </summary>
internal sealed class CompilationFactory
{
    private static readonly CSharpParseOptions ParseOptions = new(LanguageVersion.Latest);

    private readonly ImmutableArray<MetadataReference> references;
    private readonly CSharpCompilationOptions options;

    public CompilationFactory(IEnumerable<string> enabledRuleIds)
    {
        references = ReferencePaths().Select(path => (MetadataReference)MetadataReference.CreateFromFile(path)).ToImmutableArray();

        // The analyzer driver decides from the compilation's options whether a rule that is off by default runs,
        // so the CA rules are turned on here, as the global config of the build benchmark turns them on for csc.
        // Single-threaded, so the per-analyzer times of a shared 2-core machine are not split over contended threads.
        options = new CSharpCompilationOptions(
                OutputKind.DynamicallyLinkedLibrary,
                nullableContextOptions: NullableContextOptions.Enable,
                concurrentBuild: false)
            .WithSpecificDiagnosticOptions(enabledRuleIds.Select(id => KeyValuePair.Create(id, ReportDiagnostic.Warn)));
    }

    /// <summary>The number of metadata references of each compilation.</summary>
    public int ReferenceCount => references.Length;

    public static ImmutableArray<SyntaxTree> Parse(IReadOnlyList<string> paths) =>
        paths.Select(path => CSharpSyntaxTree.ParseText(SourceText.From(File.ReadAllText(path), Encoding.UTF8), ParseOptions, path)).ToImmutableArray();

    public CSharpCompilation Create(string assemblyName, ImmutableArray<SyntaxTree> trees) =>
        CSharpCompilation.Create(assemblyName, trees, references, options);

    /// <summary>The reference assemblies of the newest Microsoft.NETCore.App targeting pack, plus the cache and Json.NET packages beside this program.</summary>
    private static IEnumerable<string> ReferencePaths()
    {
        // typeof(object) lives in <dotnet root>/shared/Microsoft.NETCore.App/<version>/.
        var runtimeFolder = Path.GetDirectoryName(typeof(object).Assembly.Location)!;
        var dotnetRoot = Path.GetFullPath(Path.Combine(runtimeFolder, "..", "..", ".."));
        var packs = Path.Combine(dotnetRoot, "packs", "Microsoft.NETCore.App.Ref");
        var newestPack = Directory.GetDirectories(packs).OrderBy(folder => Version.Parse(Path.GetFileName(folder).Split('-')[0])).LastOrDefault()
            ?? throw new InvalidOperationException($"No targeting pack found in '{packs}': install the .NET SDK.");
        var referenceFolder = Directory.GetDirectories(Path.Combine(newestPack, "ref")).Single();

        var frameworkReferences = Directory.GetFiles(referenceFolder, "*.dll");
        var packageReferences = Directory.GetFiles(AppContext.BaseDirectory, "Microsoft.Extensions.*.dll")
            .Append(Path.Combine(AppContext.BaseDirectory, "Newtonsoft.Json.dll"));
        return frameworkReferences.Concat(packageReferences).OrderBy(path => path, StringComparer.Ordinal);
    }
}
