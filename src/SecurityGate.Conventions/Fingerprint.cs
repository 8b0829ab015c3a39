using System;
using System.Globalization;
using System.Security.Cryptography;
using System.Text;

namespace SecurityGate.Conventions;

/// <summary>
/// The stable identity of a finding, carried in each diagnostic's properties and stored in baselines.
/// It is built from the rule id, <see cref="Version"/>, the documentation-comment id of the enclosing member,
/// a hash of the normalized evidence and the ordinal among identical findings in that member.
/// The file path and line are not part of it, so a finding keeps its identity across line shifts and file moves.
/// </summary>
public static class Fingerprint
{
    /// <summary>The fingerprint scheme version. Changing how any input is computed requires a new version.</summary>
    public const int Version = 1;

    /// <summary>Diagnostic property: the fingerprint, <c>{Version}/{32 hexadecimal digits}</c>.</summary>
    public const string FingerprintProperty = "CacheSecurity.Fingerprint";

    /// <summary>Diagnostic property: the documentation-comment id of the enclosing member.</summary>
    public const string MemberProperty = "CacheSecurity.Member";

    /// <summary>Diagnostic property: the evidence hash, 16 hexadecimal digits.</summary>
    public const string EvidenceProperty = "CacheSecurity.Evidence";

    /// <summary>Diagnostic property: the ordinal among identical findings in the member, from 0.</summary>
    public const string OrdinalProperty = "CacheSecurity.Ordinal";

    /// <summary>
    /// Hashes normalized evidence (a key template with holes, a serializer type name) to 16 lower-case
    /// hexadecimal digits (the first 64 bits of SHA-256 over UTF-8), so baselines never hold the evidence itself.
    /// </summary>
    public static string HashEvidence(string normalizedEvidence)
    {
        if (normalizedEvidence is null)
        {
            throw new ArgumentNullException(nameof(normalizedEvidence));
        }

        return HashHex(normalizedEvidence, 8);
    }

    /// <summary>
    /// Computes the fingerprint <c>1/{32 hex digits}</c>: the first 128 bits of SHA-256 over the rule id,
    /// version, member id, evidence hash and ordinal joined by line feeds.
    /// </summary>
    public static string Compute(string ruleId, string memberId, string evidenceHash, int ordinal)
    {
        if (ordinal < 0)
        {
            throw new ArgumentOutOfRangeException(nameof(ordinal), ordinal, "The ordinal must be 0 or greater.");
        }

        var input = string.Join("\n", ruleId, Version.ToString(CultureInfo.InvariantCulture), memberId, evidenceHash, ordinal.ToString(CultureInfo.InvariantCulture));
        return Version.ToString(CultureInfo.InvariantCulture) + "/" + HashHex(input, 16);
    }

    private static string HashHex(string text, int byteCount)
    {
        using var sha256 = SHA256.Create();
        var hash = sha256.ComputeHash(Encoding.UTF8.GetBytes(text));
        var builder = new StringBuilder(byteCount * 2);
        for (var index = 0; index < byteCount; index++)
        {
            builder.Append(hash[index].ToString("x2", CultureInfo.InvariantCulture));
        }

        return builder.ToString();
    }
}
