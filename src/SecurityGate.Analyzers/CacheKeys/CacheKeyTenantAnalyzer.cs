using System.Collections.Generic;
using System.Collections.Immutable;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Diagnostics;

namespace SecurityGate.Analyzers.CacheKeys;

/// <summary>
/// CSG002: a cache key must contain a tenant segment, so one tenant's entry is never served to another.
/// A fully literal key has no tenant and is reported too: every tenant shares it.
/// </summary>
[DiagnosticAnalyzer(LanguageNames.CSharp)]
public sealed class CacheKeyTenantAnalyzer : CacheKeyAnalyzer
{
    public override ImmutableArray<DiagnosticDescriptor> SupportedDiagnostics { get; } = ImmutableArray.Create(Descriptors.KeyWithoutTenant);

    private protected override DiagnosticDescriptor Rule => Descriptors.KeyWithoutTenant;

    private protected override IEnumerable<KeyViolation> FindViolations(KeyTemplate template, KeyCheckContext context)
        => KeyViolation.WholeKeyIf(!TenantSegments.HasTenantHole(template, context.ExtraTenantNames), template);
}
