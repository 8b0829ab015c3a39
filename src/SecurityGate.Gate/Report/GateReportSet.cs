using System;
using System.Collections.Generic;
using System.Linq;

namespace SecurityGate.Gate;

/// <summary>The gate reports of one project's target frameworks, read together.</summary>
internal static class GateReportSet
{
    /// <summary>
    /// Reads every report. Logs a CSG1014 error for each missing or unreadable report and, when
    /// <paramref name="requireComplete"/> is true, for each report of a run with invalid input.
    /// Returns null when any error was logged.
    /// </summary>
    public static IReadOnlyList<GateReport>? Load(IReadOnlyList<string> reportPaths, bool requireComplete, CountingGateLog log)
    {
        var reports = new List<GateReport>();
        var errorsBefore = log.ErrorCount;
        foreach (var path in reportPaths)
        {
            try
            {
                var report = GateReportFile.Read(path);
                if (requireComplete && !report.Complete)
                {
                    log.Error(new GateMessage(Conventions.GateCodes.GateReportInvalid, GateText.GateReportIncomplete(path), path));
                    continue;
                }

                reports.Add(report);
            }
            catch (GateInputException exception)
            {
                log.Error(exception.GateMessage);
            }
        }

        return log.ErrorCount > errorsBefore ? null : reports;
    }

    /// <summary>
    /// Counts, per fingerprint, the findings whose state passes <paramref name="include"/>, and keeps the maximum over
    /// the reports: a finding that every target framework reports counts once, not once per framework.
    /// </summary>
    public static Dictionary<string, int> MaxCountByFingerprint(IEnumerable<GateReport> reports, Func<FindingState, bool> include)
    {
        var result = new Dictionary<string, int>(StringComparer.Ordinal);
        foreach (var report in reports)
        {
            var counts = report.Findings
                .Where(finding => include(finding.State))
                .GroupBy(finding => finding.Fingerprint, StringComparer.Ordinal);
            foreach (var group in counts)
            {
                var count = group.Count();
                if (!result.TryGetValue(group.Key, out var current) || count > current)
                {
                    result[group.Key] = count;
                }
            }
        }

        return result;
    }
}
