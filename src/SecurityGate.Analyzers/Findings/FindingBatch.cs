using System;
using System.Collections.Generic;
using System.Collections.Immutable;
using Microsoft.CodeAnalysis;
using SecurityGate.Conventions;

namespace SecurityGate.Analyzers.Findings;

/// <summary>
/// Collects the findings of one member and reports them with their fingerprint properties.
/// Ordinals need every finding of the member, so findings are held until <see cref="ReportAll"/>
/// runs at the end of the member's operation block.
/// </summary>
internal sealed class FindingBatch
{
    private readonly ISymbol owningSymbol;
    private readonly object gate = new();
    private List<PendingFinding>? findings;

    public FindingBatch(ISymbol owningSymbol)
    {
        this.owningSymbol = owningSymbol;
    }

    /// <summary>
    /// Adds a finding. <paramref name="normalizedEvidence"/> is hashed into the fingerprint, so it must not
    /// depend on whitespace or layout and must never contain a runtime value.
    /// </summary>
    public void Add(DiagnosticDescriptor descriptor, Location location, string normalizedEvidence, params object[] messageArguments)
    {
        var finding = new PendingFinding(descriptor, location, normalizedEvidence, messageArguments);
        lock (gate)
        {
            findings ??= new List<PendingFinding>();
            findings.Add(finding);
        }
    }

    /// <summary>Reports the collected findings, numbering identical ones in source order.</summary>
    public void ReportAll(Action<Diagnostic> report)
    {
        PendingFinding[] collected;
        lock (gate)
        {
            if (findings is null)
            {
                return;
            }

            collected = findings.ToArray();
            findings = null;
        }

        Array.Sort(collected, CompareBySourcePosition);

        var memberId = MemberIds.For(owningSymbol);
        var ordinals = new Dictionary<(string RuleId, string EvidenceHash), int>();
        foreach (var finding in collected)
        {
            var evidenceHash = Fingerprint.HashEvidence(finding.NormalizedEvidence);
            var identity = (finding.Descriptor.Id, evidenceHash);
            ordinals.TryGetValue(identity, out var ordinal);
            ordinals[identity] = ordinal + 1;

            var properties = FingerprintProperties.Create(finding.Descriptor.Id, memberId, evidenceHash, ordinal);
            report(Diagnostic.Create(finding.Descriptor, finding.Location, properties, finding.MessageArguments));
        }
    }

    /// <summary>
    /// Orders by file and position, then by rule and evidence, so findings that different operation actions add at
    /// one position (in whatever order concurrent execution runs them) are reported in the same order every time.
    /// </summary>
    private static int CompareBySourcePosition(PendingFinding left, PendingFinding right)
    {
        var byPath = string.CompareOrdinal(left.Location.SourceTree?.FilePath, right.Location.SourceTree?.FilePath);
        if (byPath != 0)
        {
            return byPath;
        }

        var byStart = left.Location.SourceSpan.Start.CompareTo(right.Location.SourceSpan.Start);
        if (byStart != 0)
        {
            return byStart;
        }

        var byRule = string.CompareOrdinal(left.Descriptor.Id, right.Descriptor.Id);
        return byRule != 0 ? byRule : string.CompareOrdinal(left.NormalizedEvidence, right.NormalizedEvidence);
    }

    private sealed class PendingFinding
    {
        public PendingFinding(DiagnosticDescriptor descriptor, Location location, string normalizedEvidence, object[] messageArguments)
        {
            Descriptor = descriptor;
            Location = location;
            NormalizedEvidence = normalizedEvidence;
            MessageArguments = messageArguments;
        }

        public DiagnosticDescriptor Descriptor { get; }

        public Location Location { get; }

        public string NormalizedEvidence { get; }

        public object[] MessageArguments { get; }
    }
}
