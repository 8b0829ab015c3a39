using System;
using System.Collections.Generic;
using System.IO;
using System.Security.Cryptography;
using System.Text;

namespace SecurityGate.Cli.Check;

/// <summary>
/// The folder that <c>check --report-folder</c> writes one gate report to per project and target framework, named
/// <c>{project}[.{framework}].cache-security-report.json</c> so that <c>report</c> and <c>baseline accept|prune</c>
/// read them with the glob <c>{folder}/*.cache-security-report.json</c>.
/// </summary>
internal sealed class CheckReportFolder
{
    /// <summary>The suffix every report file name ends with.</summary>
    public const string FileSuffix = ".cache-security-report.json";

    private readonly string folder;
    private readonly Dictionary<string, string> projectByFileName = new(StringComparer.OrdinalIgnoreCase);

    public CheckReportFolder(string folder)
    {
        this.folder = folder;
    }

    /// <summary>
    /// Returns the report path of one target. Two projects of the same name in different folders get the first eight
    /// hexadecimal digits of the SHA-256 of their project path appended, so neither overwrites the other's report.
    /// </summary>
    public string PathFor(AnalysisTarget target)
    {
        var framework = target.TargetFramework is null ? string.Empty : "." + target.TargetFramework;
        var fileName = target.Name + framework + FileSuffix;
        if (projectByFileName.TryGetValue(fileName, out var owner) && !string.Equals(owner, target.ProjectPath, StringComparison.Ordinal))
        {
            fileName = target.Name + "-" + ShortHash(target.ProjectPath) + framework + FileSuffix;
        }

        projectByFileName[fileName] = target.ProjectPath;
        return Path.Combine(folder, fileName);
    }

    private static string ShortHash(string text)
        => Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(text)).AsSpan(0, 4));
}
