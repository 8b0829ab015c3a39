using System.Collections.Generic;
using System.Globalization;
using System.Linq;
using SecurityGate.Conventions;
using SecurityGate.Gate.Exclusions;
using SecurityGate.Gate.Matching;

namespace SecurityGate.Gate;

/// <summary>How the gate logs, counts and reports classified findings.</summary>
public static partial class GateRunner
{
    private static void LogFindings(Classification classification, bool accepting, CountingGateLog log)
    {
        foreach (var classified in classification.Findings)
        {
            var finding = classified.Finding;
            switch (classified.State)
            {
                case FindingState.New when accepting:
                    log.Message(GateText.FindingToBeAccepted(finding.RuleId, FormatLocation(finding.FilePath, finding.Line, finding.Column), finding.Message), important: true);
                    break;
                case FindingState.New:
                    var helpLink = RuleCatalog.Find(finding.RuleId)?.HelpLink;
                    log.Error(new GateMessage(finding.RuleId, GateText.NewFinding(finding.Message), finding.FilePath, finding.Line, finding.Column, helpLink));
                    break;
                case FindingState.Baselined:
                    log.Message(GateText.BaselinedFinding(finding.RuleId, FormatLocation(finding.FilePath, finding.Line, finding.Column), finding.Message), important: false);
                    break;
                case FindingState.Excluded:
                    var exclusion = classified.Exclusion!;
                    log.Message(GateText.ExcludedFinding(finding.RuleId, FormatLocation(finding.FilePath, finding.Line, finding.Column), FormatLocation(exclusion.FilePath, exclusion.Line, 0)), important: false);
                    break;
                default:
                    log.Message(GateText.SuppressedFinding(finding.RuleId, FormatLocation(finding.FilePath, finding.Line, finding.Column)), important: false);
                    break;
            }
        }
    }

    // Expired and unused entries are reported only when they match a file of this project; the others belong to another project.
    private static void ReportExclusionProblems(GateOptions options, ExclusionSet exclusions, Classification classification, CountingGateLog log)
    {
        foreach (var entry in exclusions.Entries)
        {
            var used = classification.UsedExclusions.Contains(entry);
            if (!used && !options.CompileFiles.Any(entry.MatchesFile))
            {
                continue;
            }

            if (entry.IsExpired(options.Today))
            {
                log.Error(new GateMessage(GateCodes.ExclusionExpired, GateText.ExclusionExpired(entry.Glob, entry.Expires!.Value), entry.FilePath, entry.Line, 1));
            }
            else if (!used)
            {
                // NOTE: in a multi-targeted project an entry for findings under '#if' of another framework is reported as unused here.
                log.ErrorOrWarning(new GateMessage(GateCodes.UnusedExclusion, GateText.ExclusionUnused(entry.Glob), entry.FilePath, entry.Line, 1), options.Strict);
            }
        }
    }

    private static GateReportCounts CountStates(Classification classification) => new()
    {
        New = classification.Findings.Count(finding => finding.State == FindingState.New),
        Baselined = classification.Findings.Count(finding => finding.State == FindingState.Baselined),
        Excluded = classification.Findings.Count(finding => finding.State == FindingState.Excluded),
        SuppressedInSource = classification.Findings.Count(finding => finding.State == FindingState.SuppressedInSource),
        StaleBaselineEntries = classification.StaleEntries.Count,
    };

    // repositoryPaths caches the repository path of each file, because many findings share a file.
    private static GateReportFinding ToReportFinding(ClassifiedFinding classified, string repositoryRoot, Dictionary<string, string> repositoryPaths) => new()
    {
        Rule = classified.Finding.RuleId,
        Fingerprint = classified.Finding.Fingerprint,
        Member = classified.Finding.Member,
        Path = ToRepositoryPathCached(repositoryRoot, classified.Finding.FilePath, repositoryPaths),
        Line = classified.Finding.Line,
        Column = classified.Finding.Column,
        State = classified.State,
        Justification = classified.State == FindingState.SuppressedInSource ? classified.Finding.Justification : null,
    };

    private static string ToRepositoryPathCached(string repositoryRoot, string? filePath, Dictionary<string, string> repositoryPaths)
    {
        var key = filePath ?? string.Empty;
        if (!repositoryPaths.TryGetValue(key, out var path))
        {
            path = PathUtility.ToRepositoryPath(repositoryRoot, filePath);
            repositoryPaths[key] = path;
        }

        return path;
    }

    private static string FormatSummary(GateOptions options, GateReport report, bool evaluated, bool passed)
    {
        var scope = options.TargetFramework is null ? options.ProjectName : $"{options.ProjectName} ({options.TargetFramework})";
        if (!evaluated)
        {
            return GateText.GateSummary(scope, "findings not evaluated because an input is missing or invalid", passed);
        }

        var counts = report.Counts;
        var newPart = options.Mode == BaselineMode.Accept
            ? $"{Format(counts.New)} to be accepted"
            : $"{Format(counts.New)} new";
        var text = $"{newPart}, {Format(counts.Baselined)} baselined, {Format(counts.Excluded)} excluded, {Format(counts.SuppressedInSource)} suppressed in source";
        if (options.CheckStaleEntries)
        {
            text += $", {Format(counts.StaleBaselineEntries)} fixed (stale baseline entries)";
        }

        return GateText.GateSummary(scope, text, passed);
    }

    private static string FormatLocation(string? file, int line, int column)
    {
        if (file is null)
        {
            return "(no location)";
        }

        if (column > 0)
        {
            return $"{file}({Format(line)},{Format(column)})";
        }

        return line > 0 ? $"{file}({Format(line)})" : file;
    }

    private static string Format(int value) => value.ToString(CultureInfo.InvariantCulture);
}
