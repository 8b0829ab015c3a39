using System;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.Globalization;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Diagnostics;
using Microsoft.CodeAnalysis.Operations;
using SecurityGate.Conventions;

namespace SecurityGate.Analyzers.CacheKeys;

/// <summary>
/// CSG012: a hole of a cache key whose value is named as a secret (<see cref="SensitiveDataMarkers.IsSensitiveName"/>
/// plus <c>cache_security.sensitive_names</c>) or as a personal identifier such as an e-mail address
/// (<see cref="SensitiveDataMarkers.IsPersonalIdentifierName"/>). Keys are readable in key listings, monitoring
/// and logs, so such a value must be hashed before it goes into the key. A hole whose value is a hash call, or a
/// runtime <c>SecurityGate.Runtime.CacheKey</c> (an escaped key named after what it indexes, not a secret), is
/// not reported. Each offending hole is one finding.
/// </summary>
[DiagnosticAnalyzer(LanguageNames.CSharp)]
public sealed class SensitiveKeyValueAnalyzer : CacheKeyAnalyzer
{
    /// <summary>Method name parts that mark a call as a hash (case-insensitive): <c>SHA256.HashData</c>, <c>ComputeHash</c>, <c>HmacSha256</c>.</summary>
    private static readonly string[] HashMethodNameParts = { "Hash", "Sha256", "Sha384", "Sha512", "Hmac" };

    /// <summary>The runtime's key type: its text is an escaped key, and a local of this type is named after what it indexes (<c>refreshTokenKey</c>).</summary>
    private const string RuntimeCacheKeyMetadataName = "SecurityGate.Runtime.CacheKey";

    private const string RuntimeCacheKeyTypeName = "CacheKey";

    public override ImmutableArray<DiagnosticDescriptor> SupportedDiagnostics { get; } = ImmutableArray.Create(Descriptors.SensitiveValueInKey);

    private protected override DiagnosticDescriptor Rule => Descriptors.SensitiveValueInKey;

    private protected override bool JudgesKeysWithoutLiteral => true;

    private protected override IEnumerable<KeyViolation> FindViolations(KeyTemplate template, KeyCheckContext context)
    {
        var holeNumber = -1;
        foreach (var part in template.Parts)
        {
            if (!part.IsHole)
            {
                continue;
            }

            holeNumber++;
            if (IsHashCall(part.Origin) || IsRuntimeCacheKey(part.Origin))
            {
                continue;
            }

            var name = SensitiveName(HoleValues.NameOf(part.Origin), context) ?? SensitiveName(part.AliasName, context);
            if (name is null)
            {
                continue;
            }

            // The detail names the hole and the name of its value: source text, never a runtime value.
            var hole = "{" + holeNumber.ToString(CultureInfo.InvariantCulture) + "}";
            yield return new KeyViolation(hole + "=" + name, template.Text, name, hole);
        }
    }

    /// <summary>True when the hole's value, after <c>ToString()</c> and conversions, is a runtime <c>CacheKey</c>.</summary>
    private static bool IsRuntimeCacheKey(IOperation? operation)
    {
        // The name check spares the display string for almost every hole.
        var type = HoleValues.Unwrap(operation)?.Type;
        return type?.Name == RuntimeCacheKeyTypeName && type.ToDisplayString() == RuntimeCacheKeyMetadataName;
    }

    private static string? SensitiveName(string? name, KeyCheckContext context)
    {
        if (name is null || SensitiveDataMarkers.IsHashedName(name))
        {
            return null;
        }

        return SensitiveDataMarkers.IsSensitiveName(name, context.ExtraSensitiveNames) || SensitiveDataMarkers.IsPersonalIdentifierName(name)
            ? name
            : null;
    }

    /// <summary>
    /// True for a call whose name marks a hash (<see cref="HashMethodNameParts"/>), and for a text conversion of a
    /// hash such as <c>Convert.ToHexString(SHA256.HashData(bytes))</c>. <c>GetHashCode</c> counts too: it does not
    /// reveal the value, though it is a poor key part for other reasons (collisions, and strings hash differently per process).
    /// </summary>
    private static bool IsHashCall(IOperation? operation)
    {
        if (HoleValues.Unwrap(operation) is not IInvocationOperation invocation)
        {
            return false;
        }

        var name = invocation.TargetMethod.Name;
        foreach (var part in HashMethodNameParts)
        {
            if (name.IndexOf(part, StringComparison.OrdinalIgnoreCase) >= 0)
            {
                return true;
            }
        }

        return name.StartsWith("To", StringComparison.Ordinal)
            && invocation.Arguments.Length > 0
            && IsHashCall(invocation.Arguments[0].Value);
    }
}
