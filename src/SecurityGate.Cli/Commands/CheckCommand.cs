using System;
using System.Collections.Generic;
using System.CommandLine;
using System.Globalization;
using System.IO;
using System.Linq;
using System.Threading;
using System.Threading.Tasks;
using SecurityGate.Cli.Check;
using SecurityGate.Gate;

namespace SecurityGate.Cli.Commands;

/// <summary>
/// <c>securitygate check [solution|project|folder]</c>: runs the SecurityGate analyzers and the gate outside
/// <c>dotnet build</c>, with the build gate's exit codes.
/// </summary>
internal static class CheckCommand
{
    public static Command Create(CliContext context)
    {
        var pathArgument = new Argument<string>("path")
        {
            Description = "A solution (.sln, .slnx), a C# project (.csproj), or a folder: its one solution, else its one project, else its C# files.",
            DefaultValueFactory = _ => ".",
        };
        var sourcesOnlyOption = new Option<bool>("--sources-only")
        {
            Description = "Analyze the folder's C# files without loading a project: framework references only, cache APIs matched by name.",
        };
        var strictOption = new Option<bool?>("--strict")
        {
            Description = "Make stale baseline entries and unused exclusions errors. Default: on in CI, off elsewhere, as in the build.",
        };

        var reportFolderOption = new Option<string?>("--report-folder")
        {
            Description = "Write a gate report per project and target framework to this folder, named {project}[.{framework}].cache-security-report.json, for 'report' and 'baseline accept|prune'.",
        };

        var repositoryRootOption = new Option<string?>("--repository-root")
        {
            Description = "The folder up to which .cache-security-exclude files are read. Default: the project's CacheSecurityRepositoryRoot, else the nearest folder above it with .git, else the project's folder.",
        };

        var command = new Command("check", "Run the analyzers and the gate without a build: print new findings and one summary per project. Exit 0 passed, 1 regressions, 2 configuration or tool error.")
        {
            pathArgument,
            sourcesOnlyOption,
            strictOption,
            repositoryRootOption,
            reportFolderOption,
        };

        command.SetAction((parseResult, cancellationToken) => RunAsync(
            parseResult.GetRequiredValue(pathArgument),
            parseResult.GetValue(sourcesOnlyOption),
            new CheckSettings(
                parseResult.GetValue(strictOption) ?? context.IsContinuousIntegration,
                parseResult.GetValue(repositoryRootOption) is { } root ? context.ResolvePath(root) : null,
                parseResult.GetValue(reportFolderOption) is { } folder ? context.ResolvePath(folder) : null),
            context,
            cancellationToken));
        return command;
    }

    private static async Task<int> RunAsync(string path, bool sourcesOnly, CheckSettings settings, CliContext context, CancellationToken cancellationToken)
    {
        var log = new CheckLog(context);
        var fullPath = context.ResolvePath(path);
        var input = CheckInput.Resolve(fullPath, sourcesOnly, out var errorCode, out var error);
        if (input is null)
        {
            log.Error(new GateMessage(errorCode!, error!));
            return ExitCodes.ConfigurationError;
        }

        var reportFolder = CreateReportFolder(settings.ReportFolder, log);
        if (settings.ReportFolder is not null && reportFolder is null)
        {
            return ExitCodes.ConfigurationError;
        }

        // Created before loading, so the line's delay and elapsed seconds count from the start of the check.
        var progress = new CheckProgress(context.Error, context.IsErrorTerminal);
        var targets = await LoadAsync(input, log, cancellationToken).ConfigureAwait(false);
        if (targets.Count == 0 && log.ConfigurationErrorCount == 0)
        {
            log.Error(new GateMessage(CliCodes.ProjectLoadFailed, CliText.NoCSharpProjects(input.Path), input.Path));
        }

        foreach (var project in targets.GroupBy(target => target.ProjectPath, StringComparer.Ordinal))
        {
            var frameworks = project.ToList();
            var reports = new List<GateReport>();
            var baselinePath = string.Empty;
            foreach (var target in frameworks)
            {
                var analysis = await AnalyzerRun.RunAsync(target, files => progress.Report(target.Name, files), cancellationToken).ConfigureAwait(false);
                progress.Clear();
                if (!ReportCompilerErrors(target, analysis, context, log))
                {
                    continue;
                }

                var options = CreateGateOptions(target, settings, reportFolder);

                // A multi-targeted project checks stale entries once, below, across all its frameworks: an entry may
                // belong to code that only another framework compiles.
                options.CheckStaleEntries = frameworks.Count == 1;
                reports.Add(GateRunner.Run(options, analysis.Findings, analysis.Failures, log).Report);
                baselinePath = options.ResolveBaselinePath();
            }

            if (frameworks.Count > 1 && reports.Count == frameworks.Count)
            {
                StaleEntryCheck.Run(baselinePath, reports, settings.Strict, frameworks[0].Name, log);
            }
        }

        if (log.ConfigurationErrorCount > 0)
        {
            return ExitCodes.ConfigurationError;
        }

        return log.RegressionCount > 0 ? ExitCodes.Regressions : ExitCodes.Success;
    }

    private static GateOptions CreateGateOptions(AnalysisTarget target, CheckSettings settings, CheckReportFolder? reportFolder) => new()
    {
        ProjectPath = target.ProjectPath,
        ProjectName = target.Name,
        TargetFramework = target.TargetFramework,
        CompileFiles = target.SourceFiles,
        RepositoryRoot = settings.RepositoryRoot ?? target.RepositoryRoot,
        NoWarn = target.NoWarn,
        AnalyzerConfigFiles = target.AnalyzerConfigFiles,
        Strict = settings.Strict,
        ReportPath = reportFolder?.PathFor(target) ?? string.Empty,
    };

    private static CheckReportFolder? CreateReportFolder(string? folder, CheckLog log)
    {
        if (folder is null)
        {
            return null;
        }

        try
        {
            Directory.CreateDirectory(folder);
            return new CheckReportFolder(folder);
        }
        catch (Exception exception) when (exception is IOException or UnauthorizedAccessException)
        {
            log.Error(new GateMessage(CliCodes.FileAccessFailed, CliText.OutputNotWritten(folder, exception.Message.TrimEnd('.')), folder));
            return null;
        }
    }

    /// <summary>The options of one check run that apply to every project.</summary>
    private sealed record CheckSettings(bool Strict, string? RepositoryRoot, string? ReportFolder);

    private static async Task<IReadOnlyList<AnalysisTarget>> LoadAsync(CheckInput input, CheckLog log, CancellationToken cancellationToken)
    {
        if (input.IsFolder)
        {
            // A folder without C# files is most likely a mistyped path: an empty target list makes it an error.
            var folder = FolderCompilation.Create(input.Path);
            return folder.SourceFiles.Count == 0 ? Array.Empty<AnalysisTarget>() : new[] { folder };
        }

        return await ProjectLoader.LoadAsync(
            input.Path,
            reason => log.Error(new GateMessage(CliCodes.ProjectLoadFailed, CliText.ProjectLoadFailed(input.Path, reason.TrimEnd('.')), input.Path)),
            reason => log.Warning(new GateMessage(CliCodes.ProjectLoadFailed, reason, input.Path)),
            cancellationToken).ConfigureAwait(false);
    }

    // Folder mode expects compiler errors (no package references). In a project they mean an unrestored or broken
    // project whose findings may be incomplete, so the check fails closed, as the build would, and skips the gate.
    // Returns false when the project's findings are not to be gated.
    private static bool ReportCompilerErrors(AnalysisTarget target, AnalyzerRun.Result analysis, CliContext context, CheckLog log)
    {
        if (target.MatchesByName)
        {
            context.Output.WriteLine(CliText.FolderModeNote(target.Name, analysis.CompilerErrors.Count));
            return true;
        }

        if (analysis.CompilerErrors.Count > 0)
        {
            var first = analysis.CompilerErrors[0];
            var span = first.Location.GetMappedLineSpan();
            var location = first.Location.IsInSource ? $"{span.Path}({span.StartLinePosition.Line + 1},{span.StartLinePosition.Character + 1}): " : string.Empty;
            var firstError = $"{location}{first.Id}: {first.GetMessage(CultureInfo.InvariantCulture)}";
            log.Error(new GateMessage(CliCodes.ProjectNotCompiled, CliText.ProjectNotCompiled(target.Name, analysis.CompilerErrors.Count, firstError), target.ProjectPath));
            return false;
        }

        return true;
    }
}
