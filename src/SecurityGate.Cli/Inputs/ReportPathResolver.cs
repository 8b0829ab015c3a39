using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using Microsoft.Extensions.FileSystemGlobbing;
using SecurityGate.Gate;

namespace SecurityGate.Cli.Inputs;

/// <summary>
/// Expands <c>--reports</c> values into gate report paths. A value with <c>*</c>, <c>?</c> or <c>[</c> is a glob
/// (Microsoft.Extensions.FileSystemGlobbing, the matcher of the exclusion files) below its longest wildcard-free folder;
/// any other value is a file path, which the report reader checks.
/// </summary>
internal static class ReportPathResolver
{
    private static readonly char[] Wildcards = { '*', '?', '[' };

    /// <summary>Returns the report paths, sorted ordinally; logs a CSG2002 error and returns null when a glob matches nothing.</summary>
    public static IReadOnlyList<string>? Resolve(IEnumerable<string> values, CliContext context, IGateLog log)
    {
        var paths = new SortedSet<string>(StringComparer.Ordinal);
        var valid = true;
        foreach (var value in values)
        {
            if (value.IndexOfAny(Wildcards) < 0)
            {
                paths.Add(context.ResolvePath(value));
                continue;
            }

            var matches = Expand(value, context);
            if (matches.Count == 0)
            {
                log.Error(new GateMessage(CliCodes.NoReports, CliText.NoReportsMatched(value)));
                valid = false;
            }

            paths.UnionWith(matches);
        }

        return valid ? paths.ToList() : null;
    }

    private static List<string> Expand(string pattern, CliContext context)
    {
        var segments = pattern.Replace('\\', '/').Split('/');
        var fixedCount = 0;
        while (fixedCount < segments.Length - 1 && segments[fixedCount].IndexOfAny(Wildcards) < 0)
        {
            fixedCount++;
        }

        var baseFolder = fixedCount == 0 ? context.WorkingDirectory : context.ResolvePath(string.Join("/", segments.Take(fixedCount)) + "/");
        if (!Directory.Exists(baseFolder))
        {
            return new List<string>();
        }

        var matcher = new Matcher(StringComparison.Ordinal);
        matcher.AddInclude(string.Join("/", segments.Skip(fixedCount)));
        return matcher.GetResultsInFullPath(baseFolder).Select(Path.GetFullPath).ToList();
    }
}
