using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Text.RegularExpressions;
using SecurityGate.Conventions;

namespace SecurityGate.Gate.Configuration;

/// <summary>
/// Finds build settings that hide a SecurityGate rule's findings from the compiler's error log: the rule id in
/// <c>NoWarn</c>, or its severity set to <c>none</c> or <c>silent</c> in an <c>.editorconfig</c> or global config, for the
/// rule, its category or all analyzers. A hidden rule would make its new findings pass and its baselined ones look fixed,
/// so each setting is an error naming the file, the line and the fix.
/// </summary>
public static class RuleSilencing
{
    private static readonly Regex SeverityLine = new(
        @"^\s*dotnet_(?:diagnostic\.(?<id>[A-Za-z]+[0-9]+)|analyzer_diagnostic\.category-(?<category>[^.\s=]+(?:\.[^.\s=]+)*)|analyzer_diagnostic)\.severity\s*=\s*(?<severity>[A-Za-z]+)\s*(?:[#;].*)?$",
        RegexOptions.CultureInvariant | RegexOptions.IgnoreCase,
        TimeSpan.FromSeconds(1));

    private static readonly char[] NoWarnSeparators = { ';', ',', ' ', '\t', '\r', '\n' };

    /// <summary>
    /// Logs one CSG1015 error per setting that hides a SecurityGate rule and returns true when there is none.
    /// </summary>
    /// <param name="noWarn">The project's <c>NoWarn</c> property.</param>
    /// <param name="analyzerConfigFiles">The <c>.editorconfig</c> and global config files the compiler reads.</param>
    /// <param name="projectPath">The project file, where a <c>NoWarn</c> error points.</param>
    /// <param name="log">Where the errors go.</param>
    public static bool Check(string? noWarn, IReadOnlyList<string> analyzerConfigFiles, string projectPath, IGateLog log)
    {
        if (analyzerConfigFiles is null)
        {
            throw new ArgumentNullException(nameof(analyzerConfigFiles));
        }

        if (log is null)
        {
            throw new ArgumentNullException(nameof(log));
        }

        var found = false;
        var silencedIds = (noWarn ?? string.Empty).Split(NoWarnSeparators, StringSplitOptions.RemoveEmptyEntries)
            .Select(id => id.Trim())
            .Where(RuleCatalog.IsRuleId)
            .Distinct(StringComparer.Ordinal);
        foreach (var id in silencedIds)
        {
            log.Error(new GateMessage(GateCodes.RuleSilenced, GateText.RuleInNoWarn(id), projectPath));
            found = true;
        }

        foreach (var path in analyzerConfigFiles.Where(File.Exists).Distinct(StringComparer.Ordinal))
        {
            found |= CheckConfigFile(path, log);
        }

        return !found;
    }

    private static bool CheckConfigFile(string path, IGateLog log)
    {
        var found = false;
        var lines = File.ReadAllLines(path);
        for (var index = 0; index < lines.Length; index++)
        {
            var match = SeverityLine.Match(lines[index]);
            if (!match.Success)
            {
                continue;
            }

            var severity = match.Groups["severity"].Value.ToLowerInvariant();
            if (severity != "none" && severity != "silent")
            {
                continue;
            }

            var setting = lines[index].Trim();
            var id = match.Groups["id"].Value;
            var category = match.Groups["category"].Value;
            var hidesSecurityGate = id.Length > 0
                ? RuleCatalog.IsRuleId(id)
                : category.Length == 0 || RuleCatalog.All.Any(rule => string.Equals(rule.Category, category, StringComparison.OrdinalIgnoreCase));
            if (hidesSecurityGate)
            {
                log.Error(new GateMessage(GateCodes.RuleSilenced, GateText.RuleSilencedInConfig(setting), Path.GetFullPath(path), index + 1, 1));
                found = true;
            }
        }

        return found;
    }
}
