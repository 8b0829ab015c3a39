using System;
using System.IO;
using System.Linq;

namespace SecurityGate.Cli.Check;

/// <summary>What <c>securitygate check</c> analyzes: a solution or project file, or the C# files of a folder.</summary>
internal sealed class CheckInput
{
    private static readonly string[] ProjectExtensions = { ".sln", ".slnx", ".csproj" };

    private CheckInput(string path, bool isFolder)
    {
        Path = path;
        IsFolder = isFolder;
    }

    /// <summary>The full path of the solution, project or folder.</summary>
    public string Path { get; }

    /// <summary>True when the folder's C# files are compiled ad hoc, without a project.</summary>
    public bool IsFolder { get; }

    /// <summary>
    /// Resolves the argument. A folder stands for the one solution in it, else its one project, else its C# files;
    /// <paramref name="sourcesOnly"/> selects the C# files even when a project is there.
    /// Returns null and sets <paramref name="error"/> when the path does not exist or is ambiguous.
    /// </summary>
    public static CheckInput? Resolve(string path, bool sourcesOnly, out string? errorCode, out string? error)
    {
        errorCode = null;
        error = null;
        if (File.Exists(path))
        {
            if (!ProjectExtensions.Contains(System.IO.Path.GetExtension(path), StringComparer.OrdinalIgnoreCase))
            {
                errorCode = CliCodes.InvalidArgument;
                error = CliText.CheckFileNotProject(path);
                return null;
            }

            return new CheckInput(path, isFolder: false);
        }

        if (!Directory.Exists(path))
        {
            errorCode = CliCodes.InputNotFound;
            error = CliText.CheckPathNotFound(path);
            return null;
        }

        if (sourcesOnly)
        {
            return new CheckInput(path, isFolder: true);
        }

        var solutions = Directory.GetFiles(path, "*.sln").Concat(Directory.GetFiles(path, "*.slnx")).ToList();
        var projects = Directory.GetFiles(path, "*.csproj");
        var candidates = solutions.Count > 0 ? solutions.ToArray() : projects;
        if (candidates.Length > 1)
        {
            Array.Sort(candidates, StringComparer.Ordinal);
            errorCode = CliCodes.InvalidArgument;
            error = CliText.CheckFolderAmbiguous(path, candidates.Select(System.IO.Path.GetFileName).OfType<string>());
            return null;
        }

        return candidates.Length == 1 ? new CheckInput(candidates[0], isFolder: false) : new CheckInput(path, isFolder: true);
    }
}
