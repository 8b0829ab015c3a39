using System.Collections.Generic;
using Newtonsoft.Json;

namespace SecurityGate.Gate;

/// <summary>
/// The machine-readable result of one gate run, written as JSON under obj/. It contains rule ids, hashes, member ids and
/// repository-relative paths only: no message texts (they may quote key literals) and no timestamps.
/// </summary>
public sealed class GateReport
{
    /// <summary>The report schema version this gate writes.</summary>
    public const int CurrentSchemaVersion = 1;

    /// <summary>The report schema version.</summary>
    [JsonProperty("schemaVersion", Order = 0)]
    public int SchemaVersion { get; set; } = CurrentSchemaVersion;

    /// <summary>The project name.</summary>
    [JsonProperty("project", Order = 1)]
    public string Project { get; set; } = string.Empty;

    /// <summary>The target framework, or null.</summary>
    [JsonProperty("targetFramework", Order = 2)]
    public string? TargetFramework { get; set; }

    /// <summary>The baseline mode: <c>check</c>, <c>accept</c> or <c>prune</c>.</summary>
    [JsonProperty("mode", Order = 3)]
    public string Mode { get; set; } = "check";

    /// <summary><c>passed</c> when the run logged no error, else <c>failed</c>.</summary>
    [JsonProperty("verdict", Order = 4)]
    public string Verdict { get; set; } = "failed";

    /// <summary>
    /// False when an input was missing or invalid (error log, analyzer exception, baseline, exclusion file), so the findings
    /// may be incomplete. Baseline updates and the stale-entry check do not trust such a report.
    /// </summary>
    [JsonProperty("complete", Order = 5)]
    public bool Complete { get; set; }

    /// <summary>The repository-relative path of the baseline file.</summary>
    [JsonProperty("baseline", Order = 6)]
    public string Baseline { get; set; } = string.Empty;

    /// <summary>The number of findings per state and of stale baseline entries.</summary>
    [JsonProperty("counts", Order = 7)]
    public GateReportCounts Counts { get; set; } = new();

    /// <summary>The findings, ordered by path, line, column, rule and fingerprint.</summary>
    [JsonProperty("findings", Order = 8)]
    public List<GateReportFinding> Findings { get; set; } = new();

    /// <summary>The verdict string for <paramref name="passed"/>.</summary>
    public static string FormatVerdict(bool passed) => passed ? "passed" : "failed";
}
