using System.Text.Json.Serialization;

namespace SecurityGate.Cli.Reports;

/// <summary>The number of findings per state: one line of a <c>--history</c> file.</summary>
internal sealed record HistoryCounts(
    [property: JsonPropertyName("new")] int New,
    [property: JsonPropertyName("baselined")] int Baselined,
    [property: JsonPropertyName("excluded")] int Excluded,
    [property: JsonPropertyName("suppressedInSource")] int SuppressedInSource)
{
    /// <summary>The findings that still occur in the code and count against it: new plus baselined.</summary>
    [JsonIgnore]
    public int Open => New + Baselined;
}
