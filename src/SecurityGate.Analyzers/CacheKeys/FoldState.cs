using System.Collections.Immutable;
using Microsoft.CodeAnalysis;
using SecurityGate.Analyzers.Operations;

namespace SecurityGate.Analyzers.CacheKeys;

/// <summary>The state of one fold: where it is (call site or helper body), how deep, and whether a limit cut it short.</summary>
internal sealed class FoldState
{
    public FoldState(LocalAssignmentsCache locals, IMethodSymbol? helper, int helperDepth, ImmutableHashSet<IMethodSymbol> helpersInProgress)
    {
        Locals = locals;
        Helper = helper;
        HelperDepth = helperDepth;
        HelpersInProgress = helpersInProgress;
    }

    public LocalAssignmentsCache Locals { get; }

    /// <summary>The helper whose body is being folded; its parameters become parameter holes. Null at the call site.</summary>
    public IMethodSymbol? Helper { get; }

    public int HelperDepth { get; }

    public ImmutableHashSet<IMethodSymbol> HelpersInProgress { get; }

    /// <summary>Nesting of locals followed into their initializers.</summary>
    public int LocalDepth { get; set; }

    /// <summary>
    /// True when the depth limit or a recursive helper turned part of the key into a hole. Such a result depends
    /// on where the fold started, so it is not memoized.
    /// </summary>
    public bool Truncated { get; set; }

    public static FoldState AtCallSite(LocalAssignmentsCache locals)
        => new(locals, null, 0, ImmutableHashSet.Create<IMethodSymbol>(SymbolEqualityComparer.Default));

    public FoldState EnterHelper(IMethodSymbol helper)
        => new(new LocalAssignmentsCache(), helper, HelperDepth + 1, HelpersInProgress.Add(helper));
}
