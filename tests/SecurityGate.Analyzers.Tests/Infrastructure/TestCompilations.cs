using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;

namespace SecurityGate.Analyzers.Tests.Infrastructure;

/// <summary>Creates small compilations against the harness references, for tests of the per-compilation caches.</summary>
internal static class TestCompilations
{
    /// <summary>Returns a class library named <paramref name="assemblyName"/> with one source file.</summary>
    public static CSharpCompilation Library(string assemblyName, string source)
        => CSharpCompilation.Create(
            assemblyName,
            new[] { CSharpSyntaxTree.ParseText(source) },
            AnalyzerHarness.References,
            new CSharpCompilationOptions(OutputKind.DynamicallyLinkedLibrary));
}
