using System;
using System.IO;
using System.Linq;
using Microsoft.Build.Framework;
using SecurityGate.Gate;

namespace SecurityGate.Tasks;

/// <summary>
/// Writes the baseline in the explicit accept or prune mode, once per project, from the gate reports
/// of all its target frameworks, so a finding seen by only one framework is neither lost nor duplicated.
/// </summary>
public sealed class CacheSecurityUpdateBaseline : CacheSecurityTask
{
    /// <summary>The gate reports of every target framework of the project.</summary>
    [Required]
    public ITaskItem[] ReportFiles { get; set; } = Array.Empty<ITaskItem>();

    /// <inheritdoc />
    public override bool Execute()
    {
        var gateLog = CreateGateLog();
        if (!TryGetMode(gateLog, out var mode))
        {
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
