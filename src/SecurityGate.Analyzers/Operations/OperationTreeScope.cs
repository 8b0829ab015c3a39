using System.Collections.Generic;
using Microsoft.CodeAnalysis;
using SecurityGate.Analyzers.Findings;

namespace SecurityGate.Analyzers.Operations;

/// <summary>
/// What the checks of one <see cref="OperationTreeScan"/> share while they run over one operation tree, or over all
/// trees of a member. Its parts are created on first use, because most trees hold no finding and no local lookup.
/// </summary>
internal sealed class OperationTreeScope
{
    private readonly ISymbol containingSymbol;
    private FindingBatch? batch;
    private LocalAssignmentsCache? locals;

    public OperationTreeScope(ISymbol containingSymbol)
    {
        this.containingSymbol = containingSymbol;
    }

    /// <summary>The findings of the scope, numbered together when the scan ends.</summary>
    public FindingBatch Batch => batch ??= new FindingBatch(containingSymbol);

    /// <summary>The local assignments of the scope's trees, indexed on first use.</summary>
    public LocalAssignmentsCache Locals => locals ??= new LocalAssignmentsCache();

    /// <summary>Creates the diagnostics of the findings added so far; an empty list when there are none.</summary>
    public List<OwnedDiagnostic> CreateDiagnostics() => batch is null ? new List<OwnedDiagnostic>() : batch.CreateDiagnostics();
}
