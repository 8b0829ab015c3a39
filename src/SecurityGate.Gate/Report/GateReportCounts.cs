using Newtonsoft.Json;

namespace SecurityGate.Gate;

/// <summary>The counts of a gate report.</summary>
public sealed class GateReportCounts
{
    /// <summary>Findings that are not suppressed, excluded or baselined.</summary>
    [JsonProperty("new", Order = 0)]
    public int New { get; set; }

    /// <summary>Findings matched by a baseline entry.</summary>
    [JsonProperty("baselined", Order = 1)]
    public int Baselined { get; set; }

    /// <summary>Findings matched by an exclusion entry.</summary>
    [JsonProperty("excluded", Order = 2)]
    public int Excluded { get; set; }

    /// <summary>Findings suppressed in source.</summary>
    [JsonProperty("suppressedInSource", Order = 3)]
    public int SuppressedInSource { get; set; }

    /// <summary>Baseline entries that matched no finding of this run.</summary>
    [JsonProperty("staleBaselineEntries", Order = 4)]
    public int StaleBaselineEntries { get; set; }
}
