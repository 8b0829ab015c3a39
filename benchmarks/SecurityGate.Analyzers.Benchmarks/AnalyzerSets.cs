using System;
using System.Collections.Immutable;
using System.IO;
using System.Linq;
using System.Reflection;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Diagnostics;
using SecurityGate.Analyzers.CacheKeys;

namespace SecurityGate.Analyzers.Benchmarks;

/// <summary>The two analyzer sets that are measured: all SecurityGate analyzers, and the SDK's CA2300–CA2330 analyzers.</summary>
internal static class AnalyzerSets
{
    /// <summary>The deserialization rules of the .NET analyzers that the SecurityGate serializer rules are compared with.</summary>
    public static readonly ImmutableArray<string> DeserializationRuleIds =
        Enumerable.Range(2300, 31).Select(number => "CA" + number.ToString(System.Globalization.CultureInfo.InvariantCulture)).ToImmutableArray();

    /// <summary>
    /// Every concrete analyzer of the SecurityGate.Analyzers assembly, as the package ships them, or only those whose
    /// type names are listed in <paramref name="onlyNames"/> when it is not empty.
    /// </summary>
    public static ImmutableArray<DiagnosticAnalyzer> SecurityGate(string[] onlyNames)
    {
        var types = typeof(CacheKeyAnalyzer).Assembly.GetTypes()
            .Where(type => !type.IsAbstract && typeof(DiagnosticAnalyzer).IsAssignableFrom(type) && type.GetCustomAttribute<DiagnosticAnalyzerAttribute>() is not null)
            .OrderBy(type => type.FullName, StringComparer.Ordinal)
            .ToList();

        var unknown = onlyNames.Where(name => !types.Any(type => type.Name == name)).ToList();
        if (unknown.Count > 0)
        {
            throw new ArgumentException($"--only names the unknown analyzer \"{unknown[0]}\": use the type names of {string.Join(", ", types.Select(type => type.Name))}.");
        }

        return types
            .Where(type => onlyNames.Length == 0 || onlyNames.Contains(type.Name))
            .Select(type => (DiagnosticAnalyzer)Activator.CreateInstance(type)!)
            .ToImmutableArray();
    }

    /// <summary>
    /// The C# analyzers of the installed SDK's Microsoft.CodeAnalysis.NetAnalyzers that support at least one of
    /// CA2300–CA2330, taken from the newest SDK installed beside the running <c>dotnet</c>.
    /// </summary>
    public static ImmutableArray<DiagnosticAnalyzer> Deserialization()
    {
        var analyzerFolder = FindSdkAnalyzerFolder();
        var loader = new AssemblyLoader();
        var analyzers = ImmutableArray.CreateBuilder<DiagnosticAnalyzer>();
        foreach (var fileName in new[] { "Microsoft.CodeAnalysis.NetAnalyzers.dll", "Microsoft.CodeAnalysis.CSharp.NetAnalyzers.dll" })
        {
            var reference = new AnalyzerFileReference(Path.Combine(analyzerFolder, fileName), loader);
            foreach (var analyzer in reference.GetAnalyzers(LanguageNames.CSharp))
            {
                if (analyzer.SupportedDiagnostics.Any(descriptor => DeserializationRuleIds.Contains(descriptor.Id)))
                {
                    analyzers.Add(analyzer);
                }
            }
        }

        if (analyzers.Count == 0)
        {
            throw new InvalidOperationException($"No analyzer for CA2300–CA2330 found in '{analyzerFolder}': the file names of the SDK's NetAnalyzers have changed, so update them in AnalyzerSets.");
        }

        return analyzers.ToImmutable();
    }

    private static string FindSdkAnalyzerFolder()
    {
        var runtimeFolder = Path.GetDirectoryName(typeof(object).Assembly.Location)!;
        var sdkRoot = Path.GetFullPath(Path.Combine(runtimeFolder, "..", "..", "..", "sdk"));
        // By version, not by text, so 10.0.401 comes before 9.0.300; a prerelease suffix is ignored.
        var candidates = Directory.GetDirectories(sdkRoot)
            .Where(folder => Version.TryParse(Path.GetFileName(folder).Split('-')[0], out _))
            .OrderByDescending(folder => Version.Parse(Path.GetFileName(folder).Split('-')[0]))
            .Select(folder => Path.Combine(folder, "Sdks", "Microsoft.NET.Sdk", "analyzers"))
            .Where(folder => File.Exists(Path.Combine(folder, "Microsoft.CodeAnalysis.NetAnalyzers.dll")))
            .ToList();
        return candidates.Count > 0
            ? candidates[0]
            : throw new InvalidOperationException($"No Sdks/Microsoft.NET.Sdk/analyzers/Microsoft.CodeAnalysis.NetAnalyzers.dll under '{sdkRoot}': install the .NET SDK.");
    }

    /// <summary>Loads analyzer assemblies into the default context, where this program's Roslyn already is.</summary>
    private sealed class AssemblyLoader : IAnalyzerAssemblyLoader
    {
        public void AddDependencyLocation(string fullPath)
        {
        }

        public Assembly LoadFromPath(string fullPath) => Assembly.LoadFrom(fullPath);
    }
}
