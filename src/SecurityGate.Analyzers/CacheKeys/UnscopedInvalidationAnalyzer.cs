using System.Collections.Generic;
using System.Collections.Immutable;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Diagnostics;

namespace SecurityGate.Analyzers.CacheKeys;

/// <summary>
/// CSG004: a tag, key prefix or key pattern that invalidates or lists entries (HybridCache.RemoveByTagAsync,
/// IOutputCacheStore.EvictByTagAsync, EasyCaching's RemoveByPrefix, StackExchange.Redis IServer.Keys) must contain
/// a tenant segment, decided as for CSG002 by <see cref="TenantSegments"/>. Without one, a single call reaches every
/// tenant's entries. Tags, prefixes and patterns whose shape cannot be determined are skipped, as keys are for CSG002.
/// </summary>
[DiagnosticAnalyzer(LanguageNames.CSharp)]
public sealed class UnscopedInvalidationAnalyzer : CacheKeyAnalyzer
{
    public override ImmutableArray<DiagnosticDescriptor> SupportedDiagnostics { get; } = ImmutableArray.Create(Descriptors.UnscopedInvalidation);

    private protected override DiagnosticDescriptor Rule => Descriptors.UnscopedInvalidation;

    private protected override ImmutableArray<CacheApiEntry> CheckedApis => CacheApiTable.InvalidationEntries;

    private protected override bool IsCheckedKind(CacheApiKind kind) => CacheApiTable.IsInvalidation(kind);

    private protected override IEnumerable<KeyViolation> FindViolations(KeyTemplate template, KeyCheckContext context)
    {
        if (TenantSegments.HasTenantHole(template, context.ExtraTenantNames))
        {
            return System.Array.Empty<KeyViolation>();
        }

        var kind = context.Api.Kind.ToString().ToLowerInvariant();
        return new[] { new KeyViolation(string.Empty, kind, template.Text, context.Api.DisplayName) };
    }
}
