using System;
using System.Collections.Generic;
using System.IO;

namespace SecurityGate.Gate;

/// <summary>The inputs of one gate run: one project and one target framework.</summary>
public sealed class GateOptions
{
    /// <summary>The file name of the baseline when <see cref="BaselinePath"/> is empty.</summary>
    public const string DefaultBaselineFileName = "cache-security-baseline.json";

    /// <summary>The path of the SARIF error log, without the <c>,version=</c> suffix of the ErrorLog property.</summary>
    public string ErrorLogPath { get; set; } = string.Empty;

    /// <summary>
    /// The version part of the ErrorLog property as given (<c>2.1</c>, <c>2</c>, <c>1</c>), or null when the property
    /// has none. Only 2.1 and 2 select SARIF 2.1.0; without a version the compiler writes SARIF 1.0.0.
    /// </summary>
    public string? ErrorLogVersion { get; set; }

    /// <summary>The full path of the project file.</summary>
    public string ProjectPath { get; set; } = string.Empty;

    /// <summary>The project name used in log lines and the report.</summary>
    public string ProjectName { get; set; } = string.Empty;

    /// <summary>The target framework of this build, or null for a project with a single unnamed target.</summary>
    public string? TargetFramework { get; set; }

    /// <summary>The baseline file. Empty selects <see cref="DefaultBaselineFileName"/> beside the project.</summary>
    public string BaselinePath { get; set; } = string.Empty;

    /// <summary>
    /// The repository root: report and baseline paths are relative to it and exclusion discovery stops there.
    /// Null finds the nearest folder with a <c>.git</c> entry upward from the project, or the project folder when there is none.
    /// </summary>
    public string? RepositoryRoot { get; set; }

    /// <summary>The full paths of the project's Compile items; unused exclusion entries are only reported when they match one.</summary>
    public IReadOnlyList<string> CompileFiles { get; set; } = Array.Empty<string>();

    /// <summary>What the run does with the baseline; <see cref="BaselineMode.Check"/> by default.</summary>
    public BaselineMode Mode { get; set; } = BaselineMode.Check;

    /// <summary>The reason recorded for accepted findings; required in <see cref="BaselineMode.Accept"/>.</summary>
    public string? Reason { get; set; }

    /// <summary>True when the build runs in CI, where <see cref="BaselineMode.Accept"/> is rejected by default.</summary>
    public bool IsContinuousIntegration { get; set; }

    /// <summary>Allows <see cref="BaselineMode.Accept"/> in CI; false by default.</summary>
    public bool AllowAcceptInContinuousIntegration { get; set; }

    /// <summary>Makes stale baseline entries and unused exclusion entries errors instead of warnings; false by default.</summary>
    public bool Strict { get; set; }

    /// <summary>
    /// Reports stale baseline entries; true by default. False in the inner builds of a multi-targeted project,
    /// whose outer build runs <see cref="StaleEntryCheck"/> across all target frameworks.
    /// </summary>
    public bool CheckStaleEntries { get; set; } = true;

    /// <summary>The path of the gate report JSON this run writes.</summary>
    public string ReportPath { get; set; } = string.Empty;

    /// <summary>The project's <c>NoWarn</c> property; a SecurityGate rule id in it fails the gate (CSG1015).</summary>
    public string? NoWarn { get; set; }

    /// <summary>
    /// The <c>.editorconfig</c> and global analyzer config files the compiler read; a severity of none or silent for a
    /// SecurityGate rule fails the gate (CSG1015).
    /// </summary>
    public IReadOnlyList<string> AnalyzerConfigFiles { get; set; } = Array.Empty<string>();

    /// <summary>The local date that exclusion expiry dates are compared with.</summary>
    public DateTime Today { get; set; } = DateTime.Today;

    /// <summary>Returns <see cref="BaselinePath"/>, or the default file beside the project when it is empty.</summary>
    public string ResolveBaselinePath()
    {
        if (!string.IsNullOrWhiteSpace(BaselinePath))
        {
            return Path.GetFullPath(BaselinePath);
        }

        var projectFolder = Path.GetDirectoryName(Path.GetFullPath(ProjectPath)) ?? string.Empty;
        return Path.Combine(projectFolder, DefaultBaselineFileName);
    }
}
