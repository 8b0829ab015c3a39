using System;
using System.Collections.Generic;
using System.Globalization;
using System.IO;
using System.Linq;

namespace SecurityGate.Analyzers.Benchmarks;

/// <summary>Generates the synthetic solution with the repository's generator and lists its C# files per project.</summary>
internal static class SyntheticSources
{
    /// <summary>Returns the folder of every generated project, sorted by name.</summary>
    public static IReadOnlyList<string> Generate(string repositoryRoot, BenchmarkOptions options, string outputDirectory)
    {
        if (Directory.Exists(outputDirectory))
        {
            Directory.Delete(outputDirectory, recursive: true);
        }

        var generator = Path.Combine(repositoryRoot, "tests", "SecurityGate.SyntheticSolution");
        var arguments = new[]
        {
            "run", "--project", generator, "-c", "Release", "--",
            "--output", outputDirectory,
            "--projects", options.Projects.ToString(CultureInfo.InvariantCulture),
            "--files", options.FilesPerProject.ToString(CultureInfo.InvariantCulture),
            "--seed", options.Seed.ToString(CultureInfo.InvariantCulture),
        }.Concat(options.GeneratorOptions).ToList();
        ProcessRunner.RunChecked("dotnet", arguments);

        return Directory.GetDirectories(outputDirectory)
            .Where(folder => Directory.EnumerateFiles(folder, "*.csproj").Any())
            .OrderBy(folder => folder, StringComparer.Ordinal)
            .ToList();
    }

    /// <summary>Returns the C# files of a folder, sorted, skipping build output.</summary>
    public static IReadOnlyList<string> CSharpFiles(string folder) =>
        Directory.EnumerateFiles(folder, "*.cs", SearchOption.AllDirectories)
            .Where(path => !IsBuildOutput(folder, path))
            .OrderBy(path => path, StringComparer.Ordinal)
            .ToList();

    /// <summary>Finds the repository root: the nearest folder above the program that contains SecurityGate.sln.</summary>
    public static string FindRepositoryRoot()
    {
        for (var folder = new DirectoryInfo(AppContext.BaseDirectory); folder is not null; folder = folder.Parent)
        {
            if (File.Exists(Path.Combine(folder.FullName, "SecurityGate.sln")))
            {
                return folder.FullName;
            }
        }

        throw new InvalidOperationException($"No SecurityGate.sln found above '{AppContext.BaseDirectory}': run the benchmark from the repository with 'dotnet run --project benchmarks/SecurityGate.Analyzers.Benchmarks -c Release'.");
    }

    private static bool IsBuildOutput(string root, string path)
    {
        var relative = Path.GetRelativePath(root, path).Replace('\\', '/');
        return relative.StartsWith("bin/", StringComparison.Ordinal) || relative.StartsWith("obj/", StringComparison.Ordinal)
            || relative.Contains("/bin/", StringComparison.Ordinal) || relative.Contains("/obj/", StringComparison.Ordinal);
    }
}
