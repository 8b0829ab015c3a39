using System.Collections.Concurrent;
using System.Collections.Generic;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Diagnostics;
using SecurityGate.Conventions;

namespace SecurityGate.Analyzers.CacheKeys;

/// <summary>
/// The extra tenant identifier names configured with <c>cache_security.tenant_identifiers</c> in
/// <c>.editorconfig</c> (per syntax tree) or a global config, read once per tree and compilation.
/// </summary>
internal sealed class TenantIdentifierOptions
{
    private readonly AnalyzerConfigOptionsProvider provider;
    private readonly ConcurrentDictionary<SyntaxTree, IReadOnlyList<string>> namesByTree = new();

    public TenantIdentifierOptions(AnalyzerConfigOptionsProvider provider)
    {
        this.provider = provider;
    }

    /// <summary>Returns the configured names for <paramref name="tree"/>, normalized; the tree's setting wins over the global one.</summary>
    public IReadOnlyList<string> ExtraNames(SyntaxTree tree) => namesByTree.GetOrAdd(tree, Read);

    private IReadOnlyList<string> Read(SyntaxTree tree)
    {
        if (!provider.GetOptions(tree).TryGetValue(TenantIdentifiers.EditorConfigKey, out var value)
            && !provider.GlobalOptions.TryGetValue(TenantIdentifiers.EditorConfigKey, out value))
        {
            return System.Array.Empty<string>();
        }

        var names = new List<string>();
        foreach (var name in TenantIdentifiers.ParseList(value))
        {
            names.Add(SensitiveDataMarkers.NormalizeName(name));
        }

        return names;
    }
}
