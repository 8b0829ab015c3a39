using System.Collections.Generic;
using System.IO;

namespace SecurityGate.Gate;

/// <summary>Finds the <c>.cache-security-exclude</c> files that apply to a project.</summary>
public static class ExclusionFileLocator
{
    /// <summary>The file name of an exclusion file.</summary>
    public const string FileName = ".cache-security-exclude";

    /// <summary>
    /// Returns the exclusion files from <paramref name="projectFolder"/> up to the repository root, both included, nearest first.
    /// A null <paramref name="repositoryRoot"/> selects the nearest folder with a <c>.git</c> entry. When there is none, or the
    /// project folder is not inside the root, only the project folder is searched.
    /// </summary>
    public static IReadOnlyList<string> Find(string projectFolder, string? repositoryRoot)
    {
        var start = Path.GetFullPath(projectFolder);
        var root = repositoryRoot is null ? PathUtility.FindRepositoryRoot(start) : Path.GetFullPath(repositoryRoot);
        var folders = new List<string> { start };
        if (root is not null && PathUtility.GetRelativePosixPath(root, start) is not null)
        {
            var folder = Directory.GetParent(start);
            while (folder is not null && PathUtility.GetRelativePosixPath(root, folder.FullName) is not null)
            {
                folders.Add(folder.FullName);
                folder = folder.Parent;
            }

            folders.Add(root);
        }

        var files = new List<string>();
        foreach (var folder in folders)
        {
            var path = Path.Combine(folder, FileName);
            if (File.Exists(path))
            {
                files.Add(path);
            }
        }

        return files;
    }
}
