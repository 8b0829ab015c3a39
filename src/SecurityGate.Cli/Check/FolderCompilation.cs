using System;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.IO;
using System.Linq;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.Diagnostics;
using SecurityGate.Conventions;

namespace SecurityGate.Cli.Check;

/// <summary>
/// Builds an ad-hoc compilation of every <c>*.cs</c> file under a folder, with the running runtime's assemblies as
/// its only references. Library types such as IMemoryCache do not bind, so the analyzers match cache APIs by name
/// (<see cref="NameMatching.EditorConfigKey"/>), and the compilation's errors are expected.
/// </summary>
internal static class FolderCompilation
{
    private static readonly string[] SkippedFolders = { "bin", "obj", ".git" };

    // The SDK's implicit global usings of a console or library project, so that code written for them binds
    // (Task, List<T>, MemoryStream). A project without them only gets unused usings, which are not errors.
    private const string ImplicitUsings =
        "global using System;\nglobal using System.Collections.Generic;\nglobal using System.IO;\nglobal using System.Linq;\n" +
        "global using System.Net.Http;\nglobal using System.Threading;\nglobal using System.Threading.Tasks;\n";

    /// <summary>Returns the full paths of the folder's files named <paramref name="pattern"/>, sorted, skipping bin/, obj/ and .git/ at any depth.</summary>
    public static IReadOnlyList<string> FindFiles(string folder, string pattern)
    {
        var files = new List<string>();
        var pending = new Stack<string>();
        pending.Push(folder);
        while (pending.Count > 0)
        {
            var current = pending.Pop();
            files.AddRange(Directory.EnumerateFiles(current, pattern));
            foreach (var child in Directory.EnumerateDirectories(current))
            {
                if (!SkippedFolders.Contains(Path.GetFileName(child), StringComparer.OrdinalIgnoreCase))
                {
                    pending.Push(child);
                }
            }
        }

        files.Sort(StringComparer.Ordinal);
        return files;
    }

    public static AnalysisTarget Create(string folder)
    {
        var name = Path.GetFileName(Path.TrimEndingDirectorySeparator(folder));
        var parseOptions = new CSharpParseOptions(LanguageVersion.Latest);
        var sourceFiles = FindFiles(folder, "*.cs");
        var trees = sourceFiles
            .Select(path => CSharpSyntaxTree.ParseText(File.ReadAllText(path), parseOptions, path))
            .Append(CSharpSyntaxTree.ParseText(ImplicitUsings, parseOptions, Path.Combine(folder, "obj", "securitygate.GlobalUsings.g.cs")))
            .ToList();

        // Nullable analysis is off: no rule reads nullable annotations, and the flow analysis would add about a sixth
        // to the binding time, the largest part of a folder check.
        var compilation = CSharpCompilation.Create(
            name,
            trees,
            FrameworkReferences(),
            new CSharpCompilationOptions(OutputKind.DynamicallyLinkedLibrary, nullableContextOptions: NullableContextOptions.Disable));

        var optionsProvider = FolderOptionsProvider.Create(folder, FindFiles(folder, ".editorconfig"), NameMatching.EditorConfigKey, "true");
        var options = new AnalyzerOptions(ImmutableArray<AdditionalText>.Empty, optionsProvider);
        return new AnalysisTarget(name, Path.Combine(folder, name + ".csproj"), targetFramework: null, compilation, options, sourceFiles)
        {
            MatchesByName = true,
            AnalyzerConfigFiles = optionsProvider.Files,
        };
    }

    // The trusted platform assemblies are the runtime's own framework (System.*.dll and friends).
    private static IEnumerable<MetadataReference> FrameworkReferences()
    {
        var paths = (AppContext.GetData("TRUSTED_PLATFORM_ASSEMBLIES") as string ?? string.Empty)
            .Split(Path.PathSeparator, StringSplitOptions.RemoveEmptyEntries);
        return paths
            .Where(path => IsFrameworkAssembly(Path.GetFileName(path)))
            .Select(path => MetadataReference.CreateFromFile(path));
    }

    // The tool's own dependencies (Roslyn, System.CommandLine) are trusted platform assemblies too, but no part of the framework.
    private static bool IsFrameworkAssembly(string fileName)
        => fileName.Equals("mscorlib.dll", StringComparison.OrdinalIgnoreCase)
            || fileName.Equals("netstandard.dll", StringComparison.OrdinalIgnoreCase)
            || (fileName.StartsWith("System.", StringComparison.OrdinalIgnoreCase) && !fileName.StartsWith("System.CommandLine", StringComparison.OrdinalIgnoreCase))
            || fileName.StartsWith("Microsoft.Win32.", StringComparison.OrdinalIgnoreCase)
            || fileName.Equals("Microsoft.CSharp.dll", StringComparison.OrdinalIgnoreCase)
            || fileName.Equals("Microsoft.VisualBasic.dll", StringComparison.OrdinalIgnoreCase);
}
