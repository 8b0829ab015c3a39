using System;
using System.IO;
using System.Linq;
using Microsoft.Build.Framework;
using SecurityGate.Gate;

namespace SecurityGate.Tasks;

/// <summary>
/// Reports baseline entries that none of a multi-targeted project's target frameworks found any more.
/// A single-framework build does this inside <see cref="CacheSecurityGate"/>.
/// </summary>
public sealed class CacheSecurityCheckStale : CacheSecurityTask
{
    /// <summary>The gate reports of every target framework of the project.</summary>
    [Required]
    public ITaskItem[] ReportFiles { get; set; } = Array.Empty<ITaskItem>();

    /// <summary>True to make stale entries an error instead of a warning.</summary>
    public bool Strict { get; set; }

    /// <inheritdoc />
    public override bool Execute()
    {
        var reportPaths = ReportFiles.Select(item => item.GetMetadata("FullPath")).ToArray();
        return StaleEntryCheck.Run(Path.GetFullPath(BaselineFile), reportPaths, Strict, ProjectName, CreateGateLog()) && !Log.HasLoggedErrors;
    }
}
