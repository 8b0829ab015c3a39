namespace SecurityGate.Analyzers.Tests.Corpus;

/// <summary>
/// The counts of one rule over the corpus. Known false positives count as false positives and known misses
/// as false negatives, so the figures measure the analyzers as they are, not as they are meant to be.
/// </summary>
internal sealed record RuleScore(string RuleId, int TruePositives, int FalsePositives, int FalseNegatives)
{
    /// <summary>TP / (TP + FP), or null when the rule reported nothing.</summary>
    public double? Precision => TruePositives + FalsePositives == 0 ? null : (double)TruePositives / (TruePositives + FalsePositives);

    /// <summary>TP / (TP + FN), or null when the corpus expects nothing of the rule.</summary>
    public double? Recall => TruePositives + FalseNegatives == 0 ? null : (double)TruePositives / (TruePositives + FalseNegatives);
}
