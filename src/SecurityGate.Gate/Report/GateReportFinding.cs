using Newtonsoft.Json;
using Newtonsoft.Json.Converters;
using Newtonsoft.Json.Serialization;

namespace SecurityGate.Gate;

/// <summary>One finding of a gate report. It has no message text, because a message may quote a key literal.</summary>
public sealed class GateReportFinding
{
    /// <summary>The rule id.</summary>
    [JsonProperty("rule", Order = 0)]
    public string Rule { get; set; } = string.Empty;

    /// <summary>The fingerprint.</summary>
    [JsonProperty("fingerprint", Order = 1)]
    public string Fingerprint { get; set; } = string.Empty;

    /// <summary>The documentation-comment id of the enclosing member.</summary>
    [JsonProperty("member", Order = 2)]
    public string Member { get; set; } = string.Empty;

    /// <summary>The repository-relative POSIX path of the file.</summary>
    [JsonProperty("path", Order = 3)]
    public string Path { get; set; } = string.Empty;

    /// <summary>The 1-based line, or 0.</summary>
    [JsonProperty("line", Order = 4)]
    public int Line { get; set; }

    /// <summary>The 1-based column, or 0.</summary>
    [JsonProperty("column", Order = 5)]
    public int Column { get; set; }

    /// <summary>How the gate classified the finding.</summary>
    [JsonProperty("state", Order = 6)]
    [JsonConverter(typeof(StringEnumConverter), typeof(CamelCaseNamingStrategy))]
    public FindingState State { get; set; }

    /// <summary>The justification of an in-source suppression, omitted when there is none.</summary>
    [JsonProperty("justification", Order = 7, NullValueHandling = NullValueHandling.Ignore)]
    public string? Justification { get; set; }
}
