using System;
using System.IO;
using System.Linq;
using Microsoft.Build.Framework;
using Microsoft.Build.Utilities;
using SecurityGate.Gate;

namespace SecurityGate.Tasks;

/// <summary>
/// Lists the exclusion files that apply to a project, so the gate target can name them as inputs and
/// rerun when one of them changes. It reads nothing but directory entries.
/// </summary>
public sealed class CacheSecurityFindExclusionFiles : Task
{
    /// <summary>The project folder, where the upward search starts.</summary>
    [Required]
    public string ProjectDirectory { get; set; } = string.Empty;

    /// <summary>The folder where the search stops; the nearest folder holding <c>.git</c> when empty.</summary>
    public string? RepositoryRoot { get; set; }

    /// <summary>The exclusion files found, nearest first.</summary>
    [Output]
    public ITaskItem[] ExclusionFiles { get; set; } = Array.Empty<ITaskItem>();

    /// <inheritdoc />
    public override bool Execute()
    {
        var root = string.IsNullOrEmpty(RepositoryRoot) ? null : Path.GetFullPath(RepositoryRoot);
        ExclusionFiles = ExclusionFileLocator.Find(Path.GetFullPath(ProjectDirectory), root)
            .Select(path => (ITaskItem)new TaskItem(path))
            .ToArray();
        return true;
    }
}
