using System;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.IO;
using System.Linq;
using System.Threading.Tasks;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.Diagnostics;
using NUnit.Framework;
using SecurityGate.Analyzers.Tests.Infrastructure;

namespace SecurityGate.Analyzers.Tests.Corpus;

/// <summary>
/// The corpus sources from the test output's <c>Corpus/Sources</c> folder, compiled as one compilation
/// against the references of <see cref="AnalyzerHarness"/>, so a helper in one file serves a service in another.
/// </summary>
internal sealed class CorpusCompilation
{
    /// <summary>The path prefix every corpus tree gets, so reported paths do not depend on the checkout.</summary>
    public const string PathPrefix = "/corpus/";

    private CorpusCompilation(ImmutableDictionary<string, string> sources) => Sources = sources;

    /// <summary>The source text of each corpus file, by file name.</summary>
    public ImmutableDictionary<string, string> Sources { get; }

    /// <summary>Reads every <c>.cs</c> file of the corpus folder, sorted by name.</summary>
    public static CorpusCompilation Load()
    {
        var folder = Path.Combine(TestContext.CurrentContext.TestDirectory, "Corpus", "Sources");
        var sources = Directory.EnumerateFiles(folder, "*.cs")
            .OrderBy(path => path, StringComparer.Ordinal)
            .ToImmutableDictionary(path => Path.GetFileName(path), File.ReadAllText, StringComparer.Ordinal);

        return new CorpusCompilation(sources);
    }

    /// <summary>
    /// Runs <paramref name="analyzers"/> on the whole corpus and returns their diagnostics. A compiler diagnostic
    /// of severity error or an analyzer exception (AD0001) fails the test.
    /// </summary>
    public async Task<ImmutableArray<Diagnostic>> RunAsync(params DiagnosticAnalyzer[] analyzers)
    {
        var parseOptions = new CSharpParseOptions(LanguageVersion.CSharp12);
        var trees = Sources
            .OrderBy(pair => pair.Key, StringComparer.Ordinal)
            .Select(pair => CSharpSyntaxTree.ParseText(pair.Value, parseOptions, PathPrefix + pair.Key));
        var compilation = CSharpCompilation.Create(
            "Corpus",
            trees,
            AnalyzerHarness.References,
            new CSharpCompilationOptions(OutputKind.DynamicallyLinkedLibrary, nullableContextOptions: NullableContextOptions.Enable));

        var compileErrors = compilation.GetDiagnostics().Where(diagnostic => diagnostic.Severity == DiagnosticSeverity.Error).ToArray();
        Assert.That(compileErrors, Is.Empty, "The corpus does not compile:\n" + string.Join("\n", compileErrors.Select(error => error.ToString())));

        var options = new AnalyzerOptions(ImmutableArray<AdditionalText>.Empty, new TestConfigOptionsProvider(new Dictionary<string, string>()));
        var diagnostics = await compilation
            .WithAnalyzers(ImmutableArray.Create(analyzers), options)
            .GetAnalyzerDiagnosticsAsync()
            .ConfigureAwait(false);

        var failures = diagnostics.Where(diagnostic => diagnostic.Id == "AD0001").ToArray();
        Assert.That(failures, Is.Empty, "An analyzer threw:\n" + string.Join("\n", failures.Select(failure => failure.ToString())));

        return diagnostics;
    }

    /// <summary>Returns the corpus file name and 1-based line where <paramref name="diagnostic"/> starts.</summary>
    public static CorpusFinding ToFinding(Diagnostic diagnostic)
    {
        var span = diagnostic.Location.GetLineSpan();
        var file = span.Path.StartsWith(PathPrefix, StringComparison.Ordinal) ? span.Path.Substring(PathPrefix.Length) : span.Path;
        return new CorpusFinding(file, span.StartLinePosition.Line + 1, diagnostic.Id);
    }
}
