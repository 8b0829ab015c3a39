using System;
using System.IO;
using System.Linq;
using Microsoft.Build.Framework;
using Microsoft.Build.Utilities;
using SecurityGate.Conventions;
using SecurityGate.Gate;

namespace SecurityGate.Tasks;

/// <summary>
/// Writes the baseline in the explicit accept or prune mode, once per project, from the gate reports
/// of all its target frameworks, so a finding seen by only one framework is neither lost nor duplicated.
/// </summary>
public sealed class CacheSecurityUpdateBaseline : Task
{
    /// <summary>The baseline mode: accept or prune.</summary>
    [Required]
    public string Baseline { get; set; } = string.Empty;

    /// <summary>Path of the baseline file.</summary>
    [Required]
    public string BaselineFile { get; set; } = string.Empty;

    /// <summary>The gate reports of every target framework of the project.</summary>
    [Required]
    public ITaskItem[] ReportFiles { get; set; } = Array.Empty<ITaskItem>();

    /// <summary>The project name shown in messages.</summary>
    [Required]
    public string ProjectName { get; set; } = string.Empty;

    /// <summary>Why findings are accepted; required in accept mode.</summary>
    public string? Reason { get; set; }

    /// <summary>True in a continuous-integration build.</summary>
    public bool ContinuousIntegration { get; set; }

    /// <summary>True to allow accept mode in a continuous-integration build.</summary>
    public bool AllowAcceptInContinuousIntegration { get; set; }

    /// <inheritdoc />
    public override bool Execute()
    {
        var gateLog = new MSBuildGateLog(Log);
        if (!BaselineModeParser.TryParse(Baseline, out var mode))
        {
            gateLog.Error(new GateMessage(GateCodes.InvalidOption, BaselineModeParser.InvalidMessage(Baseline)));
            return false;
        }

        var options = new BaselineUpdateOptions
        {
            Mode = mode,
            BaselinePath = Path.GetFullPath(BaselineFile),
            ReportPaths = ReportFiles.Select(item => item.GetMetadata("FullPath")).ToArray(),
            Reason = Reason,
            IsContinuousIntegration = ContinuousIntegration,
            AllowAcceptInContinuousIntegration = AllowAcceptInContinuousIntegration,
            ProjectName = ProjectName,
        };

        return BaselineUpdater.Run(options, gateLog) && !Log.HasLoggedErrors;
    }
}
