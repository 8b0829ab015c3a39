using System;
using System.Collections.Generic;
using System.Globalization;
using System.Linq;
using System.Text;
using SecurityGate.Conventions;
using SecurityGate.Gate;

namespace SecurityGate.Cli.Reports;

/// <summary>
/// Writes merged findings as GitHub-flavoured Markdown for <c>$GITHUB_STEP_SUMMARY</c>: the verdict, counts per project
/// and per rule, a table of new findings and, with a history, a text chart of open findings over time.
/// </summary>
internal static class MarkdownReportWriter
{
    /// <summary>The maximum number of history entries the chart shows, counted from the newest.</summary>
    public const int MaxChartRuns = 20;

    /// <summary>The width of the longest bar of the chart, in characters.</summary>
    public const int ChartWidth = 40;

    /// <summary>
    /// Formats the summary. <paramref name="sourceLinkBase"/> is the address that a repository-relative path is appended
    /// to for a link, for example <c>https://github.com/org/repo/blob/{sha}/</c>. When it is empty, links are relative.
    /// </summary>
    public static string Format(MergedReport report, IReadOnlyList<HistoryCounts> history, string sourceLinkBase)
    {
        var builder = new StringBuilder();
        var total = report.Count();
        builder.Append("## SecurityGate: ").Append(report.Passed ? "passed" : "failed").Append('\n').Append('\n');
        builder.Append(Invariant($"{total.New} new, {total.Baselined} baselined, {total.Excluded} excluded, {total.SuppressedInSource} suppressed in source, from {report.Reports.Count} gate reports.")).Append('\n').Append('\n');

        AppendProjects(builder, report);
        AppendRules(builder, report);
        AppendNewFindings(builder, report, sourceLinkBase);
        AppendChart(builder, history);
        return builder.ToString();
    }

    private static void AppendProjects(StringBuilder builder, MergedReport report)
    {
        builder.Append("| project | target framework | verdict | complete | new | baselined | stale baseline entries |\n");
        builder.Append("|---|---|---|---|---:|---:|---:|\n");
        foreach (var gateReport in report.Reports)
        {
            builder.Append(Invariant($"| {Escape(gateReport.Project)} | {Escape(gateReport.TargetFramework ?? "-")} | {gateReport.Verdict} | {(gateReport.Complete ? "yes" : "no")} | {gateReport.Counts.New} | {gateReport.Counts.Baselined} | {gateReport.Counts.StaleBaselineEntries} |\n"));
        }

        builder.Append('\n');
    }

    private static void AppendRules(StringBuilder builder, MergedReport report)
    {
        builder.Append("| rule | title | new | baselined | excluded | suppressed in source |\n");
        builder.Append("|---|---|---:|---:|---:|---:|\n");
        // Only rules with findings get a row, so the table stays short as the catalog grows.
        foreach (var id in report.Findings.Select(finding => finding.Rule).Distinct(StringComparer.Ordinal).OrderBy(id => id, StringComparer.Ordinal))
        {
            var rule = RuleCatalog.Find(id);
            var counts = report.Count(id);
            var name = rule is null ? id : $"[{id}]({rule.HelpLink})";
            builder.Append(Invariant($"| {name} | {Escape(rule?.Title ?? string.Empty)} | {counts.New} | {counts.Baselined} | {counts.Excluded} | {counts.SuppressedInSource} |\n"));
        }

        builder.Append('\n');
    }

    private static void AppendNewFindings(StringBuilder builder, MergedReport report, string sourceLinkBase)
    {
        var newFindings = report.Findings.Where(finding => finding.State == FindingState.New).ToList();
        if (newFindings.Count == 0)
        {
            builder.Append("No new findings.\n");
            return;
        }

        builder.Append("### New findings\n\n");
        builder.Append("| rule | location | member |\n");
        builder.Append("|---|---|---|\n");
        foreach (var finding in newFindings)
        {
            var location = finding.Line > 0 ? Invariant($"{finding.Path}:{finding.Line}") : finding.Path;
            var link = finding.Line > 0 ? Invariant($"{sourceLinkBase}{finding.Path}#L{finding.Line}") : sourceLinkBase + finding.Path;
            builder.Append(Invariant($"| {finding.Rule} | [{Escape(location)}]({link}) | `{Escape(finding.Member)}` |\n"));
        }
    }

    private static void AppendChart(StringBuilder builder, IReadOnlyList<HistoryCounts> history)
    {
        if (history.Count == 0)
        {
            return;
        }

        var shown = history.Skip(Math.Max(0, history.Count - MaxChartRuns)).ToList();
        var firstRun = history.Count - shown.Count + 1;
        var max = Math.Max(1, shown.Max(counts => counts.Open));
        builder.Append('\n').Append(Invariant($"### Open findings (new + baselined) over the last {shown.Count} runs\n\n"));
        builder.Append("```text\n");
        for (var index = 0; index < shown.Count; index++)
        {
            var open = shown[index].Open;
            var width = (int)Math.Round(open * (double)ChartWidth / max, MidpointRounding.AwayFromZero);
            builder.Append(Invariant($"run {firstRun + index,4} | {new string('#', width)} {open}\n"));
        }

        builder.Append("```\n");
    }

    // A pipe ends a table cell; a backtick would end the member's code span.
    private static string Escape(string text) => text.Replace("|", "\\|", StringComparison.Ordinal).Replace("`", "'", StringComparison.Ordinal);

    private static string Invariant(FormattableString text) => text.ToString(CultureInfo.InvariantCulture);
}
