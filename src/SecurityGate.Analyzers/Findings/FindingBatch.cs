using System;
using System.Collections.Generic;
using System.Collections.Immutable;
using Microsoft.CodeAnalysis;
using SecurityGate.Analyzers.Operations;
using SecurityGate.Conventions;

namespace SecurityGate.Analyzers.Findings;

/// <summary>
/// Collects the findings of one operation tree, or of all trees of a member, and creates their diagnostics with
/// fingerprint properties. Ordinals need every finding of the scope, so findings are held until
/// <see cref="CreateDiagnostics"/> runs when the scope has been checked. Not thread-safe: one <see cref="OperationTreeScan"/> fills it.
/// </summary>
internal sealed class FindingBatch
{
    private readonly ISymbol owningSymbol;
    private List<PendingFinding>? findings;

    public FindingBatch(ISymbol owningSymbol)
    {
        this.owningSymbol = owningSymbol;
    }

    /// <summary>The operation whose check adds the next findings; it reports them.</summary>
    public IOperation? Owner { get; set; }

    /// <summary>
    /// Adds a finding. <paramref name="normalizedEvidence"/> is hashed into the fingerprint, so it must not
    /// depend on whitespace or layout and must never contain a runtime value.
    /// </summary>
    public void Add(DiagnosticDescriptor descriptor, Location location, string normalizedEvidence, params object[] messageArguments)
    {
        var owner = Owner ?? throw new InvalidOperationException("A finding was added outside an operation check.");
        findings ??= new List<PendingFinding>();
        findings.Add(new PendingFinding(owner, descriptor, location, normalizedEvidence, messageArguments));
    }

    /// <summary>Creates the diagnostics of the collected findings, numbering identical ones in source order.</summary>
    public List<OwnedDiagnostic> CreateDiagnostics()
    {
        var diagnostics = new List<OwnedDiagnostic>(findings?.Count ?? 0);
        if (findings is null)
        {
            return diagnostics;
        }

        var collected = findings.ToArray();
        Array.Sort(collected, CompareBySourcePosition);

        var memberId = MemberIds.For(owningSymbol);
        var ordinals = new Dictionary<(string RuleId, string EvidenceHash), int>();
        foreach (var finding in collected)
        {
            var evidenceHash = Fingerprint.HashEvidence(finding.NormalizedEvidence);
            var identity = (finding.Descriptor.Id, evidenceHash);
            ordinals.TryGetValue(identity, out var ordinal);
            ordinals[identity] = ordinal + 1;

            var diagnostic = Create(finding.Descriptor, finding.Location, memberId, evidenceHash, ordinal, finding.MessageArguments);
            diagnostics.Add(new OwnedDiagnostic(finding.Owner, diagnostic));
        }

        return diagnostics;
    }

    /// <summary>Creates the diagnostic of a finding that is the only one of its rule in <paramref name="member"/>.</summary>
    public static Diagnostic CreateOnly(ISymbol member, DiagnosticDescriptor descriptor, Location location, string normalizedEvidence, params object[] messageArguments)
        => Create(descriptor, location, MemberIds.For(member), Fingerprint.HashEvidence(normalizedEvidence), ordinal: 0, messageArguments);

    private static Diagnostic Create(DiagnosticDescriptor descriptor, Location location, string memberId, string evidenceHash, int ordinal, object[] messageArguments)
    {
        var properties = FingerprintProperties.Create(descriptor.Id, memberId, evidenceHash, ordinal);
        return Diagnostic.Create(descriptor, location, properties, messageArguments);
    }

    /// <summary>
    /// Orders by file and position, then by rule and evidence, so findings that different checks add at one position
    /// are numbered in the same order every time.
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
        public PendingFinding(IOperation owner, DiagnosticDescriptor descriptor, Location location, string normalizedEvidence, object[] messageArguments)
        {
            Owner = owner;
            Descriptor = descriptor;
            Location = location;
            NormalizedEvidence = normalizedEvidence;
            MessageArguments = messageArguments;
        }

        public IOperation Owner { get; }

        public DiagnosticDescriptor Descriptor { get; }

        public Location Location { get; }

        public string NormalizedEvidence { get; }

        public object[] MessageArguments { get; }
    }
}
