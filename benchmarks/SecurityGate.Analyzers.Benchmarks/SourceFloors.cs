using System;
using System.IO;
using System.Linq;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;

namespace SecurityGate.Analyzers.Benchmarks;

/// <summary>
/// The floors of folder mode, each run in its own process as the CLI runs: parsing the folder's C# files alone,
/// and parsing plus binding them with the running .NET's own assemblies, the references folder mode uses.
/// </summary>
internal static class SourceFloors
{
    public static int Run(string mode, string folder)
    {
        var trees = CompilationFactory.Parse(SyntheticSources.CSharpFiles(folder));
        if (mode == "parse")
        {
            return trees.Length > 0 ? 0 : 2;
        }

        var frameworkFolder = Path.GetDirectoryName(typeof(object).Assembly.Location)!;
        var references = Directory.GetFiles(frameworkFolder, "*.dll")
            .Where(IsManagedAssembly)
            .Select(path => MetadataReference.CreateFromFile(path));
        // Nullable analysis is off, as in folder mode, so the floor binds exactly what the check binds.
        var compilation = CSharpCompilation.Create(
            "FolderFloor",
            trees,
            references,
            new CSharpCompilationOptions(OutputKind.DynamicallyLinkedLibrary, nullableContextOptions: NullableContextOptions.Disable));

        // Errors are expected and ignored: the cache libraries do not resolve here, as in folder mode.
        _ = compilation.GetDiagnostics();
        return 0;
    }

    private static bool IsManagedAssembly(string path)
    {
        try
        {
            System.Reflection.AssemblyName.GetAssemblyName(path);
            return true;
        }
        catch (BadImageFormatException)
        {
            return false;
        }
    }
}
