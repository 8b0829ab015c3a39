using System.Collections.Generic;
using Microsoft.CodeAnalysis;

namespace SecurityGate.Analyzers.CacheKeys;

/// <summary>What a key rule may consult besides the template: the options of the call's syntax tree.</summary>
internal readonly struct KeyCheckContext
{
    private readonly TenantIdentifierOptions tenantOptions;
    private readonly SyntaxTree tree;

    public KeyCheckContext(TenantIdentifierOptions tenantOptions, SyntaxTree tree)
    {
        this.tenantOptions = tenantOptions;
        this.tree = tree;
    }

    /// <summary>The tenant identifier names configured for the call's file, normalized.</summary>
    public IReadOnlyList<string> ExtraTenantNames => tenantOptions.ExtraNames(tree);
}
