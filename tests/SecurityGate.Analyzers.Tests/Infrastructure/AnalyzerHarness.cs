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

namespace SecurityGate.Analyzers.Tests.Infrastructure;

/// <summary>
/// Compiles fixture sources in memory against the real framework and cache libraries, runs analyzers
/// with <see cref="CompilationWithAnalyzers"/> and returns their diagnostics in source order.
/// A fixture with a compile error or an analyzer exception (AD0001) fails the test.
/// </summary>
internal static class AnalyzerHarness
{
    /// <summary>The path every fixture tree gets, so locations and snapshots do not depend on the checkout.</summary>
    public const string FixturePathPrefix = "/fixtures/";

    private static readonly string[] PackageAssemblyPrefixes =
    {
        "Microsoft.Extensions.", "StackExchange.Redis", "Pipelines.Sockets.Unofficial", "Newtonsoft.Json",
        "SecurityGate.Runtime", "MessagePack", "ZiggyCreatures.FusionCache", "System.Runtime.Caching",
    };

    /// <summary>
    /// Assemblies of the ASP.NET Core shared framework that fixtures compile against (IOutputCacheStore,
    /// IDataProtector, ASP.NET Core Identity's [PersonalData], ISession, endpoint routing and authorization). A test
    /// project cannot reference that framework as a package, so they are read from the installed shared folder.
    /// </summary>
    private static readonly string[] AspNetCoreAssemblyNames =
    {
        "Microsoft.AspNetCore.OutputCaching.dll",
        "Microsoft.AspNetCore.DataProtection.Abstractions.dll",
        "Microsoft.Extensions.Identity.Core.dll",
        "Microsoft.AspNetCore.Http.Abstractions.dll",
        "Microsoft.AspNetCore.Http.Features.dll",
        "Microsoft.AspNetCore.Http.Extensions.dll",
        "Microsoft.AspNetCore.Routing.dll",
        "Microsoft.AspNetCore.Routing.Abstractions.dll",
        "Microsoft.AspNetCore.Authorization.dll",
        "Microsoft.AspNetCore.Authorization.Policy.dll",
        "Microsoft.AspNetCore.Metadata.dll",
    };

    private static readonly Lazy<ImmutableArray<MetadataReference>> LazyReferences = new(LoadReferences);

    public static ImmutableArray<MetadataReference> References => LazyReferences.Value;

    /// <summary>Reads a fixture from the test output's <c>Fixtures</c> folder.</summary>
    public static string ReadFixture(string relativePath)
        => File.ReadAllText(Path.Combine(TestContext.CurrentContext.TestDirectory, "Fixtures", relativePath));

    /// <summary>Runs <paramref name="analyzers"/> on the fixture at <paramref name="relativePath"/>.</summary>
    public static Task<ImmutableArray<Diagnostic>> RunOnFixtureAsync(
        string relativePath, AnalyzerConfigOptionsProvider? options = null, params DiagnosticAnalyzer[] analyzers)
        => RunAsync(ReadFixture(relativePath), Path.GetFileName(relativePath), options, analyzers);

    /// <summary>Runs <paramref name="analyzers"/> on one source file named <paramref name="fileName"/>.</summary>
    public static Task<ImmutableArray<Diagnostic>> RunAsync(
        string source, string fileName, AnalyzerConfigOptionsProvider? options, params DiagnosticAnalyzer[] analyzers)
        => RunWithFilesAsync(source, fileName, options, ImmutableArray<AdditionalText>.Empty, analyzers);

    /// <summary>
    /// Runs <paramref name="analyzers"/> on one source file named <paramref name="fileName"/>, with
    /// <paramref name="additionalFiles"/> as the project's AdditionalFiles items.
    /// </summary>
    public static async Task<ImmutableArray<Diagnostic>> RunWithFilesAsync(
        string source, string fileName, AnalyzerConfigOptionsProvider? options, ImmutableArray<AdditionalText> additionalFiles, params DiagnosticAnalyzer[] analyzers)
    {
        var tree = CSharpSyntaxTree.ParseText(source, new CSharpParseOptions(LanguageVersion.CSharp12), FixturePathPrefix + fileName);
        var compilation = CSharpCompilation.Create(
            "Fixture",
            new[] { tree },
            References,
            new CSharpCompilationOptions(OutputKind.DynamicallyLinkedLibrary, nullableContextOptions: NullableContextOptions.Enable));

        var compileErrors = compilation.GetDiagnostics().Where(diagnostic => diagnostic.Severity == DiagnosticSeverity.Error).ToArray();
        Assert.That(compileErrors, Is.Empty, $"The fixture {fileName} does not compile:\n" + string.Join("\n", compileErrors.Select(error => error.ToString())));

        var analyzerOptions = new AnalyzerOptions(additionalFiles, options ?? new TestConfigOptionsProvider(new Dictionary<string, string>()));
        var withAnalyzers = compilation.WithAnalyzers(ImmutableArray.Create(analyzers), analyzerOptions);
        var diagnostics = await withAnalyzers.GetAnalyzerDiagnosticsAsync().ConfigureAwait(false);

        var failures = diagnostics.Where(diagnostic => diagnostic.Id == "AD0001").ToArray();
        Assert.That(failures, Is.Empty, "An analyzer threw:\n" + string.Join("\n", failures.Select(failure => failure.ToString())));

        return diagnostics
            .OrderBy(diagnostic => diagnostic.Location.SourceSpan.Start)
            .ThenBy(diagnostic => diagnostic.Id, StringComparer.Ordinal)
            .ToImmutableArray();
    }

    /// <summary>Returns the 1-based line and column where a diagnostic starts.</summary>
    public static (int Line, int Column) Position(Diagnostic diagnostic)
    {
        var start = diagnostic.Location.GetLineSpan().StartLinePosition;
        return (start.Line + 1, start.Character + 1);
    }

    private static ImmutableArray<MetadataReference> LoadReferences()
    {
        var trusted = ((string)AppContext.GetData("TRUSTED_PLATFORM_ASSEMBLIES")!).Split(Path.PathSeparator);
        var frameworkDirectory = Path.GetDirectoryName(typeof(object).Assembly.Location)!;
        var paths = trusted
            .Where(path => string.Equals(Path.GetDirectoryName(path), frameworkDirectory, StringComparison.Ordinal))
            .ToList();

        paths.AddRange(AspNetCoreAssemblyPaths(frameworkDirectory));

        foreach (var path in Directory.EnumerateFiles(AppContext.BaseDirectory, "*.dll"))
        {
            var name = Path.GetFileName(path);
            if (PackageAssemblyPrefixes.Any(prefix => name.StartsWith(prefix, StringComparison.Ordinal)))
            {
                paths.Add(path);
            }
        }

        return paths
            .GroupBy(path => Path.GetFileName(path), StringComparer.OrdinalIgnoreCase)
            .Select(group => (MetadataReference)MetadataReference.CreateFromFile(group.First()))
            .ToImmutableArray();
    }

    /// <summary>
    /// Returns the paths of <see cref="AspNetCoreAssemblyNames"/> in <c>shared/Microsoft.AspNetCore.App/{version}</c>
    /// next to the running <c>Microsoft.NETCore.App</c>, of the same version.
    /// </summary>
    private static IEnumerable<string> AspNetCoreAssemblyPaths(string frameworkDirectory)
    {
        var version = Path.GetFileName(frameworkDirectory);
        var sharedDirectory = Path.GetDirectoryName(Path.GetDirectoryName(frameworkDirectory))!;
        var aspNetCoreDirectory = Path.Combine(sharedDirectory, "Microsoft.AspNetCore.App", version);
        foreach (var name in AspNetCoreAssemblyNames)
        {
            var path = Path.Combine(aspNetCoreDirectory, name);
            if (!File.Exists(path))
            {
                throw new FileNotFoundException(
                    $"{path} is missing: the fixtures compile against the ASP.NET Core shared framework {version}. Install the ASP.NET Core runtime of that version.", path);
            }

            yield return path;
        }
    }
}
