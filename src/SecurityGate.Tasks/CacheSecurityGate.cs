using System;
using System.IO;
using System.Linq;
using Microsoft.Build.Framework;
using SecurityGate.Gate;

namespace SecurityGate.Tasks;

/// <summary>
/// Runs the gate on one compilation's SARIF error log: the findings that are new compared with the
/// baseline fail the build. All logic lives in <see cref="GateRunner"/>; this task maps MSBuild properties.
/// </summary>
public sealed class CacheSecurityGate : CacheSecurityTask
{
    /// <summary>The compiler's ErrorLog setting, <c>path[,version=2.1]</c>.</summary>
    [Required]
    public string ErrorLog { get; set; } = string.Empty;

    /// <summary>The target framework of this compilation; empty outside multi-targeting.</summary>
    public string? TargetFramework { get; set; }

    /// <summary>The repository root; exclusion files are searched from the project folder up to it.</summary>
    public string? RepositoryRoot { get; set; }

    /// <summary>The project's Compile items.</summary>
    public ITaskItem[] CompileFiles { get; set; } = Array.Empty<ITaskItem>();

    /// <summary>True to make stale baseline entries and unused exclusions errors.</summary>
    public bool Strict { get; set; }

    /// <summary>False in the inner builds of a multi-targeted project, whose outer build checks stale entries.</summary>
    public bool CheckStaleEntries { get; set; } = true;

    /// <summary>Where the gate report JSON is written.</summary>
    [Required]
    public string ReportFile { get; set; } = string.Empty;

    /// <summary>The project's NoWarn property, checked for SecurityGate rule ids.</summary>
    public string? NoWarn { get; set; }

    /// <summary>The analyzer config files the compiler read (<c>@(EditorConfigFiles)</c>), checked for hidden SecurityGate rules.</summary>
    public ITaskItem[] AnalyzerConfigFiles { get; set; } = Array.Empty<ITaskItem>();

    /// <summary>Touched only when the gate passes, so MSBuild reruns a failed gate on the next build.</summary>
    [Required]
    public string StampFile { get; set; } = string.Empty;

    /// <inheritdoc />
    public override bool Execute()
    {
        var gateLog = CreateGateLog();
        if (!TryGetMode(gateLog, out var mode))
        {
            return false;
        }

        var errorLog = ErrorLogSetting.Parse(ErrorLog);
        var options = new GateOptions
        {
            ErrorLogPath = Path.GetFullPath(errorLog.Path),
            ErrorLogVersion = errorLog.Version,
            ProjectPath = ProjectPath,
            ProjectName = ProjectName,
            TargetFramework = string.IsNullOrEmpty(TargetFramework) ? null : TargetFramework,
            BaselinePath = Path.GetFullPath(BaselineFile),
            RepositoryRoot = string.IsNullOrEmpty(RepositoryRoot) ? null : Path.GetFullPath(RepositoryRoot),
            CompileFiles = CompileFiles.Select(item => item.GetMetadata("FullPath")).ToArray(),
            Mode = mode,
            Reason = Reason,
            IsContinuousIntegration = ContinuousIntegration,
            AllowAcceptInContinuousIntegration = AllowAcceptInContinuousIntegration,
            Strict = Strict,
            CheckStaleEntries = CheckStaleEntries,
            ReportPath = Path.GetFullPath(ReportFile),
            NoWarn = NoWarn,
            AnalyzerConfigFiles = AnalyzerConfigFiles.Select(item => item.GetMetadata("FullPath")).ToArray(),
            Today = DateTime.UtcNow.Date,
        };

        var outcome = GateRunner.Run(options, gateLog);
        if (outcome.Passed && !Log.HasLoggedErrors)
        {
            Directory.CreateDirectory(Path.GetDirectoryName(Path.GetFullPath(StampFile))!);
            File.WriteAllText(StampFile, string.Empty);
        }

        return outcome.Passed && !Log.HasLoggedErrors;
    }
}
