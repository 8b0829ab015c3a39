using System.Collections.Generic;
using System.Linq;
using Microsoft.CodeAnalysis;

namespace SecurityGate.Analyzers.Tests.Infrastructure;

/// <summary>The parts of a diagnostic that snapshots and assertions compare.</summary>
public sealed record DiagnosticRecord(
    string Id, int Line, int Column, string Message, string? Member, string? Evidence, string? Ordinal, string? Fingerprint)
{
    public static DiagnosticRecord From(Diagnostic diagnostic)
    {
        var (line, column) = AnalyzerHarness.Position(diagnostic);
        diagnostic.Properties.TryGetValue(Conventions.Fingerprint.MemberProperty, out var member);
        diagnostic.Properties.TryGetValue(Conventions.Fingerprint.EvidenceProperty, out var evidence);
        diagnostic.Properties.TryGetValue(Conventions.Fingerprint.OrdinalProperty, out var ordinal);
        diagnostic.Properties.TryGetValue(Conventions.Fingerprint.FingerprintProperty, out var fingerprint);
        return new DiagnosticRecord(
            diagnostic.Id, line, column, diagnostic.GetMessage(System.Globalization.CultureInfo.InvariantCulture), member, evidence, ordinal, fingerprint);
    }

    public static IReadOnlyList<DiagnosticRecord> From(IEnumerable<Diagnostic> diagnostics) => diagnostics.Select(From).ToList();

    /// <summary>A one-line form for failure output: <c>CSG001 (12,9): message</c>.</summary>
    public override string ToString() => $"{Id} ({Line},{Column}): {Message}";
}
