using System;
using System.Collections.Generic;
using System.IO;
using SecurityGate.Conventions;
using SecurityGate.Gate.Baseline;

namespace SecurityGate.Gate;

/// <summary>
/// Reports the baseline entries of a multi-targeted project that no target framework matched. The inner builds do not
/// check stale entries, because a finding under <c>#if</c> exists for some frameworks only.
/// </summary>
public static class StaleEntryCheck
{
    /// <summary>
    /// Logs one CSG1010 warning (an error when <paramref name="strict"/> is true) when entries are stale.
    /// Returns false when an error was logged.
    /// </summary>
    public static bool Run(string baselinePath, IReadOnlyList<string> reportPaths, bool strict, string projectName, IGateLog log)
    {
        var counting = new CountingGateLog(log ?? throw new ArgumentNullException(nameof(log)));
        var reports = GateReportSet.Load(reportPaths ?? throw new ArgumentNullException(nameof(reportPaths)), requireComplete: false, counting);
        return reports is not null && Check(baselinePath, reports, strict, projectName, counting);
    }

    /// <summary>
    /// The same check on reports held in memory, as <c>securitygate check</c> produces them for the target frameworks
    /// of one project. Returns false when an error was logged.
    /// </summary>
    public static bool Run(string baselinePath, IReadOnlyList<GateReport> reports, bool strict, string projectName, IGateLog log)
        => Check(
            baselinePath,
            reports ?? throw new ArgumentNullException(nameof(reports)),
            strict,
            projectName,
            new CountingGateLog(log ?? throw new ArgumentNullException(nameof(log))));

    private static bool Check(string baselinePath, IReadOnlyList<GateReport> reports, bool strict, string projectName, CountingGateLog counting)
    {
        // An incomplete run already failed the build, and its missing findings would make live entries look stale.
        foreach (var report in reports)
        {
            if (!report.Complete || report.Mode != "check")
            {
                counting.Message(GateText.StaleCheckSkipped(projectName), important: false);
                return true;
            }
        }

        var fullPath = Path.GetFullPath(baselinePath);
        var baseline = BaselineFile.Read(fullPath);
        foreach (var error in baseline.Errors)
        {
            counting.Error(error);
        }

        if (!baseline.IsValid)
        {
            return false;
        }

        var matched = GateReportSet.MaxCountByFingerprint(reports, FindingStates.HoldsBaselineEntry);
        var staleCount = 0;
        var firstStaleLine = 0;
        var seen = new Dictionary<string, int>(StringComparer.Ordinal);
        foreach (var entry in baseline.Entries)
        {
            matched.TryGetValue(entry.Fingerprint, out var limit);
            seen.TryGetValue(entry.Fingerprint, out var count);
            seen[entry.Fingerprint] = count + 1;
            if (count >= limit)
            {
                staleCount++;
                firstStaleLine = firstStaleLine == 0 ? entry.Line : Math.Min(firstStaleLine, entry.Line);
            }
        }

        if (staleCount > 0)
        {
            counting.ErrorOrWarning(new GateMessage(GateCodes.StaleBaselineEntries, GateText.StaleEntries(staleCount, fullPath), fullPath, firstStaleLine, firstStaleLine > 0 ? 1 : 0), strict);
        }

        return !counting.HasErrors;
    }
}
