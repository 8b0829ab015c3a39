using System;
using System.Globalization;
using System.Linq;
using System.Text;
using SecurityGate.Conventions;
using SecurityGate.Gate;

namespace SecurityGate.Cli.Reports;

/// <summary>
/// Writes one GitHub Actions <c>::error</c> workflow command per new finding, so the finding shows on the changed line
/// of a pull request. Values are escaped as the workflow command format requires.
/// </summary>
internal static class AnnotationWriter
{
    public static string Format(MergedReport report)
    {
        var builder = new StringBuilder();
        foreach (var finding in report.Findings.Where(finding => finding.State == FindingState.New))
        {
            var rule = RuleCatalog.Find(finding.Rule);
            var message = rule is null
                ? $"New {finding.Rule} finding in {finding.Member}."
                : $"{rule.Title} in {finding.Member}. Fix it, or accept it into the baseline with a reason; see {rule.HelpLink}";
            builder.Append("::error file=").Append(EscapeProperty(finding.Path));
            if (finding.Line > 0)
            {
                builder.Append(",line=").Append(finding.Line.ToString(CultureInfo.InvariantCulture));
                builder.Append(",col=").Append(finding.Column.ToString(CultureInfo.InvariantCulture));
            }

            builder.Append(",title=").Append(EscapeProperty(finding.Rule));
            builder.Append("::").Append(EscapeData(message)).Append('\n');
        }

        return builder.ToString();
    }

    private static string EscapeData(string text) => text
        .Replace("%", "%25", StringComparison.Ordinal)
        .Replace("\r", "%0D", StringComparison.Ordinal)
        .Replace("\n", "%0A", StringComparison.Ordinal);

    private static string EscapeProperty(string text) => EscapeData(text)
        .Replace(":", "%3A", StringComparison.Ordinal)
        .Replace(",", "%2C", StringComparison.Ordinal);
}
