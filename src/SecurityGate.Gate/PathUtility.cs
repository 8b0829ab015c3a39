using System;
using System.IO;

namespace SecurityGate.Gate;

/// <summary>Path helpers that netstandard2.0 lacks: relative POSIX paths and the repository root.</summary>
internal static class PathUtility
{
    /// <summary>Windows and macOS file systems ignore case by default; Linux does not.</summary>
    public static StringComparison FileNameComparison { get; } =
        Path.DirectorySeparatorChar == '\\' || System.Runtime.InteropServices.RuntimeInformation.IsOSPlatform(System.Runtime.InteropServices.OSPlatform.OSX)
            ? StringComparison.OrdinalIgnoreCase
            : StringComparison.Ordinal;

    /// <summary>
    /// Returns <paramref name="path"/> relative to <paramref name="folder"/> with <c>/</c> separators,
    /// or null when the path is not inside the folder.
    /// </summary>
    public static string? GetRelativePosixPath(string folder, string path)
    {
        var fullFolder = TrimSeparators(Path.GetFullPath(folder));
        var fullPath = Path.GetFullPath(path);
        var prefix = fullFolder.EndsWith(Path.DirectorySeparatorChar.ToString(), StringComparison.Ordinal) ? fullFolder : fullFolder + Path.DirectorySeparatorChar;
        if (!fullPath.StartsWith(prefix, FileNameComparison))
        {
            return null;
        }

        return ToPosix(fullPath.Substring(prefix.Length));
    }

    /// <summary>
    /// Returns the repository-relative POSIX form of <paramref name="path"/>, or the file name alone when the path lies
    /// outside the repository (a linked file, for example), so no absolute machine path reaches a report or baseline.
    /// </summary>
    public static string ToRepositoryPath(string repositoryRoot, string? path)
    {
        if (string.IsNullOrEmpty(path))
        {
            return string.Empty;
        }

        return GetRelativePosixPath(repositoryRoot, path!) ?? Path.GetFileName(path);
    }

    /// <summary>
    /// Returns the nearest folder at or above <paramref name="startFolder"/> that contains a <c>.git</c> folder or file
    /// (a worktree or submodule), or null when there is none.
    /// </summary>
    public static string? FindRepositoryRoot(string startFolder)
    {
        var folder = new DirectoryInfo(Path.GetFullPath(startFolder));
        while (folder is not null)
        {
            var gitPath = Path.Combine(folder.FullName, ".git");
            if (Directory.Exists(gitPath) || File.Exists(gitPath))
            {
                return TrimSeparators(folder.FullName);
            }

            folder = folder.Parent;
        }

        return null;
    }

    /// <summary>Replaces the platform separator with <c>/</c>.</summary>
    public static string ToPosix(string path) => path.Replace('\\', '/');

    private static string TrimSeparators(string path)
    {
        var root = Path.GetPathRoot(path) ?? string.Empty;
        return path.Length > root.Length ? path.TrimEnd(Path.DirectorySeparatorChar, Path.AltDirectorySeparatorChar) : path;
    }
}
