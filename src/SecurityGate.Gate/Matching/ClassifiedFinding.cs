using SecurityGate.Gate.Baseline;
using SecurityGate.Gate.Exclusions;
using SecurityGate.Gate.Sarif;

namespace SecurityGate.Gate.Matching;

/// <summary>A finding with the state the gate gave it and the entry that decided it.</summary>
public sealed class ClassifiedFinding
{
    /// <summary>Creates the classified finding.</summary>
    public ClassifiedFinding(SarifFinding finding, FindingState state, ExclusionEntry? exclusion, BaselineEntry? baselineEntry)
    {
        Finding = finding;
        State = state;
        Exclusion = exclusion;
        BaselineEntry = baselineEntry;
    }

    /// <summary>The finding as the error log reports it.</summary>
    public SarifFinding Finding { get; }

    /// <summary>The state.</summary>
    public FindingState State { get; }

    /// <summary>The exclusion entry when <see cref="State"/> is <see cref="FindingState.Excluded"/>.</summary>
    public ExclusionEntry? Exclusion { get; }

    /// <summary>The baseline entry when <see cref="State"/> is <see cref="FindingState.Baselined"/>.</summary>
    public BaselineEntry? BaselineEntry { get; }
}
