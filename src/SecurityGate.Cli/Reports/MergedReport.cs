using System;
using System.Collections.Generic;
using System.Linq;
using SecurityGate.Gate;

namespace SecurityGate.Cli.Reports;

/// <summary>
/// The gate reports of several projects and target frameworks as one set. A finding that more than one target framework
/// reports at the same place and state counts once.
/// </summary>
internal sealed class MergedReport
{
    public MergedReport(IReadOnlyList<GateReport> reports)
    {
        Reports = reports;
        Findings = reports
            .SelectMany(report => report.Findings)
            .GroupBy(finding => (finding.Path, finding.Line, finding.Column, finding.Rule, finding.Fingerprint, finding.State))
            .Select(group => group.First())
            .OrderBy(finding => finding.Path, StringComparer.Ordinal)
            .ThenBy(finding => finding.Line)
            .ThenBy(finding => finding.Column)
            .ThenBy(finding => finding.Rule, StringComparer.Ordinal)
            .ThenBy(finding => finding.Fingerprint, StringComparer.Ordinal)
            .ToList();
    }

    /// <summary>The reports, in the order of their paths.</summary>
    public IReadOnlyList<GateReport> Reports { get; }

    /// <summary>The distinct findings, ordered by path, line, column, rule and fingerprint.</summary>
    public IReadOnlyList<GateReportFinding> Findings { get; }

    /// <summary>True when every report passed and is complete.</summary>
    public bool Passed => Reports.All(report => report.Complete && report.Verdict == GateReport.FormatVerdict(true));

    /// <summary>Counts the distinct findings per state, optionally of one rule.</summary>
    public HistoryCounts Count(string? rule = null)
    {
        var findings = rule is null ? Findings : Findings.Where(finding => finding.Rule == rule).ToList();
        return new HistoryCounts(
            findings.Count(finding => finding.State == FindingState.New),
            findings.Count(finding => finding.State == FindingState.Baselined),
            findings.Count(finding => finding.State == FindingState.Excluded),
            findings.Count(finding => finding.State == FindingState.SuppressedInSource));
    }
}
