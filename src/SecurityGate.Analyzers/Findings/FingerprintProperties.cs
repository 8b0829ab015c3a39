using System.Collections.Immutable;
using System.Globalization;
using SecurityGate.Conventions;

namespace SecurityGate.Analyzers.Findings;

/// <summary>
/// Builds the four <see cref="Fingerprint"/> properties that every SecurityGate diagnostic carries.
/// The gate reads them from the SARIF log to match findings against the baseline.
/// </summary>
internal static class FingerprintProperties
{
    public static ImmutableDictionary<string, string?> Create(string ruleId, string memberId, string evidenceHash, int ordinal)
    {
        var builder = ImmutableDictionary.CreateBuilder<string, string?>();
        builder.Add(Fingerprint.MemberProperty, memberId);
        builder.Add(Fingerprint.EvidenceProperty, evidenceHash);
        builder.Add(Fingerprint.OrdinalProperty, ordinal.ToString(CultureInfo.InvariantCulture));
        builder.Add(Fingerprint.FingerprintProperty, Fingerprint.Compute(ruleId, memberId, evidenceHash, ordinal));
        return builder.ToImmutable();
    }
}
