using System.Collections.Concurrent;
using System.Collections.Generic;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Diagnostics;
using SecurityGate.Conventions;

namespace SecurityGate.Analyzers.CacheKeys;

/// <summary>
/// A list of names configured under one key in <c>.editorconfig</c> (per syntax tree) or a global config,
/// such as <c>cache_security.tenant_identifiers</c>, read once per tree and compilation.
/// </summary>
internal sealed class ConfiguredNames
{
    private readonly AnalyzerConfigOptionsProvider provider;
    private readonly string editorConfigKey;
    private readonly ConcurrentDictionary<SyntaxTree, IReadOnlyList<string>> namesByTree = new();

    public ConfiguredNames(AnalyzerConfigOptionsProvider provider, string editorConfigKey)
    {
        this.provider = provider;
        this.editorConfigKey = editorConfigKey;
    }

    /// <summary>Returns the configured names for <paramref name="tree"/>, normalized; the tree's setting wins over the global one.</summary>
    public IReadOnlyList<string> For(SyntaxTree tree) => namesByTree.GetOrAdd(tree, Read);

    private IReadOnlyList<string> Read(SyntaxTree tree)
    {
        if (!provider.GetOptions(tree).TryGetValue(editorConfigKey, out var value)
            && !provider.GlobalOptions.TryGetValue(editorConfigKey, out value))
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
