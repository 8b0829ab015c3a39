using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using SecurityGate.Gate;

namespace SecurityGate.Cli.Inputs;

/// <summary>Finds the baseline files named by path arguments: files as given, folders searched recursively.</summary>
internal static class BaselineLocator
{
    /// <summary>The file name the build gate uses for a project's baseline by default.</summary>
    public const string FileName = "cache-security-baseline.json";

    /// <summary>
    /// Returns the baseline files, sorted ordinally and without duplicates. Logs a CSG2001 error for a path that does not
    /// exist or a folder without a baseline, and returns null when any error was logged.
    /// </summary>
    public static IReadOnlyList<string>? Locate(IEnumerable<string> paths, CliContext context, IGateLog log)
    {
        var files = new SortedSet<string>(StringComparer.Ordinal);
        var valid = true;
        foreach (var argument in paths)
        {
            var path = context.ResolvePath(argument);
            if (File.Exists(path))
            {
                files.Add(path);
                continue;
            }

            if (!Directory.Exists(path))
            {
                log.Error(new GateMessage(CliCodes.InputNotFound, CliText.PathNotFound(path)));
                valid = false;
                continue;
            }

            var found = Directory.EnumerateFiles(path, FileName, SearchOption.AllDirectories).ToList();
            if (found.Count == 0)
            {
                log.Error(new GateMessage(CliCodes.InputNotFound, CliText.NoBaselineInFolder(path)));
                valid = false;
            }

            files.UnionWith(found);
        }

        return valid ? files.ToList() : null;
    }
}
