using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Text;
using System.Text.Json;
using SecurityGate.Conventions;
using SecurityGate.Gate;

namespace SecurityGate.Cli.Reports;

/// <summary>
/// Writes merged findings as SARIF 2.1.0 for GitHub code scanning. Messages are rule titles from
/// <see cref="RuleCatalog"/>, because reports contain no message texts. Locations are repository-relative URIs.
/// </summary>
internal static class SarifReportWriter
{
    /// <summary>The name under <c>partialFingerprints</c>. Its version changes when the fingerprint scheme changes.</summary>
    public const string FingerprintName = "securityGateFingerprint/v1";

    private const string SchemaUri = "https://json.schemastore.org/sarif-2.1.0.json";

    /// <summary>Formats the SARIF log as UTF-8 JSON with LF line ends.</summary>
    public static byte[] Format(MergedReport report, string toolVersion)
    {
        using var stream = new MemoryStream();
        using (var writer = new Utf8JsonWriter(stream, new JsonWriterOptions { Indented = true, NewLine = "\n" }))
        {
            writer.WriteStartObject();
            writer.WriteString("$schema", SchemaUri);
            writer.WriteString("version", "2.1.0");
            writer.WriteStartArray("runs");
            writer.WriteStartObject();
            var ruleIds = report.Findings.Select(finding => finding.Rule).Distinct(StringComparer.Ordinal).OrderBy(id => id, StringComparer.Ordinal).ToList();
            WriteTool(writer, toolVersion, ruleIds);
            WriteResults(writer, report, ruleIds);
            writer.WriteEndObject();
            writer.WriteEndArray();
            writer.WriteEndObject();
        }

        stream.WriteByte((byte)'\n');
        return stream.ToArray();
    }

    // The driver lists the rules that have results, so a result's ruleIndex points into that list.
    private static void WriteTool(Utf8JsonWriter writer, string toolVersion, List<string> ruleIds)
    {
        writer.WriteStartObject("tool");
        writer.WriteStartObject("driver");
        writer.WriteString("name", "SecurityGate");
        writer.WriteString("semanticVersion", toolVersion);
        writer.WriteStartArray("rules");
        foreach (var id in ruleIds)
        {
            var rule = RuleCatalog.Find(id);
            writer.WriteStartObject();
            writer.WriteString("id", id);
            if (rule is not null)
            {
                writer.WriteStartObject("shortDescription");
                writer.WriteString("text", rule.Title);
                writer.WriteEndObject();
                writer.WriteString("helpUri", rule.HelpLink);
                writer.WriteStartObject("properties");
                writer.WriteString("category", rule.Category);
                writer.WriteEndObject();
            }

            writer.WriteEndObject();
        }

        writer.WriteEndArray();
        writer.WriteEndObject();
        writer.WriteEndObject();
    }

    private static void WriteResults(Utf8JsonWriter writer, MergedReport report, List<string> ruleIds)
    {
        writer.WriteStartArray("results");
        foreach (var finding in report.Findings)
        {
            writer.WriteStartObject();
            writer.WriteString("ruleId", finding.Rule);
            writer.WriteNumber("ruleIndex", ruleIds.IndexOf(finding.Rule));

            writer.WriteString("level", LevelOf(finding.State));
            writer.WriteStartObject("message");
            writer.WriteString("text", RuleCatalog.Find(finding.Rule)?.Title ?? finding.Rule);
            writer.WriteEndObject();
            WriteLocation(writer, finding);
            writer.WriteStartObject("partialFingerprints");
            writer.WriteString(FingerprintName, finding.Fingerprint);
            writer.WriteEndObject();
            writer.WriteString("baselineState", finding.State == FindingState.New ? "new" : "unchanged");
            WriteSuppression(writer, finding);
            writer.WriteStartObject("properties");
            writer.WriteString("member", finding.Member);
            writer.WriteEndObject();
            writer.WriteEndObject();
        }

        writer.WriteEndArray();
    }

    // New findings fail the build, so they are errors. Accepted ones stay visible as warnings, and suppressed ones as notes.
    private static string LevelOf(FindingState state) => state switch
    {
        FindingState.New => "error",
        FindingState.Baselined => "warning",
        _ => "note",
    };

    private static void WriteLocation(Utf8JsonWriter writer, GateReportFinding finding)
    {
        writer.WriteStartArray("locations");
        writer.WriteStartObject();
        writer.WriteStartObject("physicalLocation");
        writer.WriteStartObject("artifactLocation");
        writer.WriteString("uri", finding.Path);
        writer.WriteString("uriBaseId", "%SRCROOT%");
        writer.WriteEndObject();
        if (finding.Line > 0)
        {
            writer.WriteStartObject("region");
            writer.WriteNumber("startLine", finding.Line);
            if (finding.Column > 0)
            {
                writer.WriteNumber("startColumn", finding.Column);
            }

            writer.WriteEndObject();
        }

        writer.WriteEndObject();
        writer.WriteEndObject();
        writer.WriteEndArray();
    }

    // An exclusion file entry is an external suppression. The report does not contain its reason, so it gets no justification.
    private static void WriteSuppression(Utf8JsonWriter writer, GateReportFinding finding)
    {
        if (finding.State is not (FindingState.Excluded or FindingState.SuppressedInSource))
        {
            return;
        }

        writer.WriteStartArray("suppressions");
        writer.WriteStartObject();
        writer.WriteString("kind", finding.State == FindingState.Excluded ? "external" : "inSource");
        if (!string.IsNullOrEmpty(finding.Justification))
        {
            writer.WriteString("justification", finding.Justification);
        }

        writer.WriteEndObject();
        writer.WriteEndArray();
    }
}
