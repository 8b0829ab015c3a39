using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Runtime.CompilerServices;
using System.Threading;
using System.Threading.Tasks;
using ProjectCollection = Microsoft.Build.Evaluation.ProjectCollection;
using Microsoft.Build.Exceptions;
using Microsoft.Build.Locator;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.MSBuild;

namespace SecurityGate.Cli.Check;

/// <summary>
/// Loads a solution or project with <see cref="MSBuildWorkspace"/>, through the MSBuild of the installed .NET SDK that
/// <see cref="MSBuildLocator"/> finds, and returns each C# project's compilation with its real references.
/// </summary>
internal static class ProjectLoader
{
    private static readonly object RegistrationLock = new();

    /// <summary>
    /// Loads <paramref name="path"/> (<c>.sln</c>, <c>.slnx</c> or <c>.csproj</c>). Workspace failures go to
    /// <paramref name="reportFailure"/>, workspace warnings to <paramref name="reportWarning"/>.
    /// </summary>
    public static async Task<IReadOnlyList<AnalysisTarget>> LoadAsync(string path, Action<string> reportFailure, Action<string> reportWarning, CancellationToken cancellationToken)
    {
        RegisterMSBuild();
        return await LoadWithWorkspaceAsync(path, reportFailure, reportWarning, cancellationToken).ConfigureAwait(false);
    }

    private static void RegisterMSBuild()
    {
        lock (RegistrationLock)
        {
            if (!MSBuildLocator.IsRegistered)
            {
                MSBuildLocator.RegisterDefaults();
            }
        }
    }

    // A separate method, so the workspace types are loaded only after MSBuildLocator has registered the SDK's MSBuild.
    [MethodImpl(MethodImplOptions.NoInlining)]
    private static async Task<IReadOnlyList<AnalysisTarget>> LoadWithWorkspaceAsync(string path, Action<string> reportFailure, Action<string> reportWarning, CancellationToken cancellationToken)
    {
        using var workspace = MSBuildWorkspace.Create();
        workspace.RegisterWorkspaceFailedHandler(failure =>
        {
            if (failure.Diagnostic.Kind == WorkspaceDiagnosticKind.Failure)
            {
                reportFailure(failure.Diagnostic.Message);
            }
            else
            {
                reportWarning(failure.Diagnostic.Message);
            }
        });

        IEnumerable<Project> projects;
        if (path.EndsWith(".csproj", StringComparison.OrdinalIgnoreCase))
        {
            var project = await workspace.OpenProjectAsync(path, cancellationToken: cancellationToken).ConfigureAwait(false);
            projects = project.Solution.Projects.Where(candidate => candidate.FilePath == project.FilePath);
        }
        else
        {
            var solution = await workspace.OpenSolutionAsync(path, cancellationToken: cancellationToken).ConfigureAwait(false);
            projects = solution.Projects;
        }

        using var evaluation = new ProjectCollection();
        var targets = new List<AnalysisTarget>();
        foreach (var project in projects.Where(project => project.Language == LanguageNames.CSharp).OrderBy(project => project.Name, StringComparer.Ordinal))
        {
            var compilation = await project.GetCompilationAsync(cancellationToken).ConfigureAwait(false);
            if (compilation is null || project.FilePath is null)
            {
                continue;
            }

            var (name, targetFramework) = SplitName(project.Name);
            var sourceFiles = project.Documents.Select(document => document.FilePath).OfType<string>().ToList();
            var properties = ReadProperties(evaluation, project.FilePath, reportWarning);
            targets.Add(new AnalysisTarget(name, project.FilePath, targetFramework, compilation, project.AnalyzerOptions, sourceFiles)
            {
                RepositoryRoot = properties.RepositoryRoot,
                NoWarn = properties.NoWarn,
                AnalyzerConfigFiles = project.AnalyzerConfigDocuments.Select(document => document.FilePath).OfType<string>().ToList(),
            });
        }

        return targets;
    }

    // The workspace exposes no MSBuild properties, so the properties that the gate reads from the project are
    // evaluated here, as the build's targets see them (a Directory.Build.props may set them).
    private static (string? RepositoryRoot, string? NoWarn) ReadProperties(ProjectCollection evaluation, string projectPath, Action<string> reportWarning)
    {
        try
        {
            var project = evaluation.GetLoadedProjects(projectPath).FirstOrDefault() ?? evaluation.LoadProject(projectPath);
            var root = project.GetPropertyValue("CacheSecurityRepositoryRoot");
            var repositoryRoot = string.IsNullOrWhiteSpace(root) ? null : Path.GetFullPath(root, Path.GetDirectoryName(projectPath)!);
            return (repositoryRoot, project.GetPropertyValue("NoWarn"));
        }
        catch (InvalidProjectFileException exception)
        {
            reportWarning(exception.Message);
            return (null, null);
        }
    }

    // The workspace names each target framework of a multi-targeted project "Name(tfm)".
    private static (string Name, string? TargetFramework) SplitName(string projectName)
    {
        var open = projectName.LastIndexOf('(');
        if (open > 0 && projectName.EndsWith(')'))
        {
            return (projectName.Substring(0, open), projectName.Substring(open + 1, projectName.Length - open - 2));
        }

        return (projectName, null);
    }
}
