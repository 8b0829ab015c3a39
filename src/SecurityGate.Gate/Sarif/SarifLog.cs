using System.Collections.Generic;

namespace SecurityGate.Gate.Sarif;

/// <summary>What the gate takes from a SARIF 2.1.0 error log.</summary>
public sealed class SarifLog
{
    /// <summary>Creates the log contents.</summary>
    public SarifLog(IReadOnlyList<SarifFinding> findings, IReadOnlyCollection<string> ruleIds, IReadOnlyList<AnalyzerFailure> analyzerFailures)
    {
        Findings = findings;
        RuleIds = ruleIds;
        AnalyzerFailures = analyzerFailures;
    }

    /// <summary>The results of SecurityGate rules, in log order.</summary>
    public IReadOnlyList<SarifFinding> Findings { get; }

    /// <summary>
    /// The ids in <c>runs[].tool.driver.rules</c>. The compiler lists every descriptor of every analyzer that ran,
    /// including those that reported nothing, and omits the list when no analyzer ran.
    /// </summary>
    public IReadOnlyCollection<string> RuleIds { get; }

    /// <summary>AD0001 results of SecurityGate analyzers.</summary>
    public IReadOnlyList<AnalyzerFailure> AnalyzerFailures { get; }
}
