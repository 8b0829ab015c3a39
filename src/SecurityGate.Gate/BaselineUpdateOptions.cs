using System;
using System.Collections.Generic;

namespace SecurityGate.Gate;

/// <summary>The inputs of a baseline update: one project, after the gate ran for each of its target frameworks.</summary>
public sealed class BaselineUpdateOptions
{
    /// <summary>The update to make: <see cref="BaselineMode.Accept"/> or <see cref="BaselineMode.Prune"/>; <see cref="BaselineMode.Check"/> changes nothing.</summary>
    public BaselineMode Mode { get; set; } = BaselineMode.Check;

    /// <summary>The full path of the baseline file.</summary>
    public string BaselinePath { get; set; } = string.Empty;

    /// <summary>The gate reports of every target framework of the project.</summary>
    public IReadOnlyList<string> ReportPaths { get; set; } = Array.Empty<string>();

    /// <summary>The reason recorded for accepted findings; required in <see cref="BaselineMode.Accept"/>.</summary>
    public string? Reason { get; set; }

    /// <summary>True when the build runs in CI, where <see cref="BaselineMode.Accept"/> is rejected by default.</summary>
    public bool IsContinuousIntegration { get; set; }

    /// <summary>Allows <see cref="BaselineMode.Accept"/> in CI; false by default.</summary>
    public bool AllowAcceptInContinuousIntegration { get; set; }

    /// <summary>The project name used in log lines.</summary>
    public string ProjectName { get; set; } = string.Empty;

    /// <summary>How long to wait for the baseline lock held by another build or tool; 30 seconds by default.</summary>
    public TimeSpan LockTimeout { get; set; } = TimeSpan.FromSeconds(30);

    /// <summary>How messages name the reason and CI settings: the MSBuild properties by default, the tool's options for the CLI.</summary>
    public BaselineSettingNames SettingNames { get; set; } = BaselineSettingNames.MSBuild;
}
