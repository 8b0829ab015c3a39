using Microsoft.Build.Framework;
using Microsoft.Build.Utilities;
using SecurityGate.Conventions;
using SecurityGate.Gate;

namespace SecurityGate.Tasks;

/// <summary>The properties and mode parsing shared by the SecurityGate tasks that read or write a project's baseline.</summary>
public abstract class CacheSecurityTask : Task
{
    /// <summary>Path of the baseline file.</summary>
    [Required]
    public string BaselineFile { get; set; } = string.Empty;

    /// <summary>Full path of the project file; messages about no particular file point at it.</summary>
    [Required]
    public string ProjectPath { get; set; } = string.Empty;

    /// <summary>The project name shown in messages.</summary>
    [Required]
    public string ProjectName { get; set; } = string.Empty;

    /// <summary>The baseline mode: check (default), accept or prune.</summary>
    public string? Baseline { get; set; }

    /// <summary>Why findings are accepted; required in accept mode.</summary>
    public string? Reason { get; set; }

    /// <summary>True in a continuous-integration build.</summary>
    public bool ContinuousIntegration { get; set; }

    /// <summary>True to allow accept mode in a continuous-integration build.</summary>
    public bool AllowAcceptInContinuousIntegration { get; set; }

    /// <summary>Creates the log that routes gate messages to MSBuild.</summary>
    internal MSBuildGateLog CreateGateLog() => new(Log, string.IsNullOrEmpty(ProjectPath) ? null : ProjectPath);

    /// <summary>Parses <see cref="Baseline"/>, logging CSG1012 with the valid values when it is invalid.</summary>
    internal bool TryGetMode(IGateLog gateLog, out BaselineMode mode)
    {
        if (BaselineModeParser.TryParse(Baseline, out mode))
        {
            return true;
        }

        gateLog.Error(new GateMessage(GateCodes.InvalidOption, BaselineModeParser.InvalidMessage(Baseline)));
        return false;
    }
}
