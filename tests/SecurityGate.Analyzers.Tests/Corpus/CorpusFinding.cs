namespace SecurityGate.Analyzers.Tests.Corpus;

/// <summary>A rule on a corpus line, the unit that annotations and diagnostics are compared by.</summary>
internal readonly record struct CorpusFinding(string File, int Line, string RuleId)
{
    public override string ToString() => $"{File}({Line}): {RuleId}";
}
