using System.Collections.Generic;
using Microsoft.CodeAnalysis;

namespace SecurityGate.Analyzers.CacheKeys;

/// <summary>What a key rule may consult besides the template: the called API and the options of the call's syntax tree.</summary>
internal readonly struct KeyCheckContext
{
    private readonly ConfiguredNames tenantNames;
    private readonly ConfiguredNames sensitiveNames;
    private readonly SyntaxTree tree;

    public KeyCheckContext(ConfiguredNames tenantNames, ConfiguredNames sensitiveNames, SyntaxTree tree, CacheApiEntry api)
    {
        this.tenantNames = tenantNames;
        this.sensitiveNames = sensitiveNames;
        this.tree = tree;
        Api = api;
    }

    /// <summary>The table entry of the called API.</summary>
    public CacheApiEntry Api { get; }

    /// <summary>The tenant identifier names configured for the call's file, normalized.</summary>
    public IReadOnlyList<string> ExtraTenantNames => tenantNames.For(tree);

    /// <summary>The sensitive name fragments configured for the call's file, normalized.</summary>
    public IReadOnlyList<string> ExtraSensitiveNames => sensitiveNames.For(tree);
}
