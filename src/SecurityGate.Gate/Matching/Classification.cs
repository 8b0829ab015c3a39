using System.Collections.Generic;
using SecurityGate.Gate.Baseline;
using SecurityGate.Gate.Exclusions;

namespace SecurityGate.Gate.Matching;

/// <summary>The findings of a run with their states, the baseline entries left over and the exclusion entries used.</summary>
public sealed class Classification
{
    /// <summary>Creates the classification.</summary>
    public Classification(IReadOnlyList<ClassifiedFinding> findings, IReadOnlyList<BaselineEntry> staleEntries, IReadOnlyCollection<ExclusionEntry> usedExclusions)
    {
        Findings = findings;
        StaleEntries = staleEntries;
        UsedExclusions = usedExclusions;
    }

    /// <summary>The findings ordered by path, line, column, rule and fingerprint.</summary>
    public IReadOnlyList<ClassifiedFinding> Findings { get; }

    /// <summary>Baseline entries that matched no finding.</summary>
    public IReadOnlyList<BaselineEntry> StaleEntries { get; }

    /// <summary>Exclusion entries that matched at least one finding, expired ones included.</summary>
    public IReadOnlyCollection<ExclusionEntry> UsedExclusions { get; }
}
