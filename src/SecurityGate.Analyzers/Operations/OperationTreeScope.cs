using Microsoft.CodeAnalysis;
using SecurityGate.Analyzers.Findings;

namespace SecurityGate.Analyzers.Operations;

/// <summary>What the checks of one <see cref="OperationTreeScan"/> share while they run over one operation tree.</summary>
internal sealed class OperationTreeScope
{
    public OperationTreeScope(ISymbol containingSymbol)
    {
        Batch = new FindingBatch(containingSymbol);
    }

    /// <summary>The tree's findings, numbered together when the scan ends.</summary>
    public FindingBatch Batch { get; }

    /// <summary>The tree's local assignments, indexed on first use.</summary>
    public LocalAssignmentsCache Locals { get; } = new();
}
