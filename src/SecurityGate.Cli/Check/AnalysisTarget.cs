using System.Collections.Generic;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Diagnostics;

namespace SecurityGate.Cli.Check;

/// <summary>One compilation to analyze and gate: a project of a solution, or the ad-hoc compilation of a folder.</summary>
internal sealed class AnalysisTarget
{
    public AnalysisTarget(string name, string projectPath, string? targetFramework, Compilation compilation, AnalyzerOptions analyzerOptions, IReadOnlyList<string> sourceFiles)
    {
        Name = name;
        ProjectPath = projectPath;
        TargetFramework = targetFramework;
        Compilation = compilation;
        AnalyzerOptions = analyzerOptions;
        SourceFiles = sourceFiles;
    }

    /// <summary>The project name, as the gate's summary line prints it.</summary>
    public string Name { get; }

    /// <summary>The project file; in folder mode a file that need not exist, named after the folder, inside it.</summary>
    public string ProjectPath { get; }

    /// <summary>The target framework of a multi-targeted project, or null.</summary>
    public string? TargetFramework { get; }

    public Compilation Compilation { get; }

    /// <summary>The options the analyzers see: the project's .editorconfig and global options.</summary>
    public AnalyzerOptions AnalyzerOptions { get; }

    /// <summary>The full paths of the C# files the compilation was built from.</summary>
    public IReadOnlyList<string> SourceFiles { get; }

    /// <summary>The project's <c>CacheSecurityRepositoryRoot</c> property, or null to let the gate find the root.</summary>
    public string? RepositoryRoot { get; init; }

    /// <summary>The project's <c>NoWarn</c> property, or null; the gate fails when it lists a SecurityGate rule.</summary>
    public string? NoWarn { get; init; }

    /// <summary>The <c>.editorconfig</c> and global config files of the compilation; the gate fails when one turns a SecurityGate rule off.</summary>
    public IReadOnlyList<string> AnalyzerConfigFiles { get; init; } = System.Array.Empty<string>();

    /// <summary>True for the ad-hoc compilation of a folder, whose cache APIs are matched by name.</summary>
    public bool MatchesByName { get; init; }
}
