using System.Collections.Generic;
using Microsoft.CodeAnalysis;

namespace SecurityGate.Analyzers.Operations;

/// <summary>
/// Builds <see cref="LocalAssignments"/> at most once per operation tree, on first use, so a member whose
/// cache calls never involve a local pays nothing. One cache serves one operation block, and a lock makes
/// it safe for concurrent operation actions.
/// </summary>
internal sealed class LocalAssignmentsCache
{
    private readonly object gate = new();

    // Created on first use: the key and value rules make one cache per analyzer and method body, and most bodies
    // never look up a local.
    private Dictionary<IOperation, LocalAssignments>? byRoot;

    /// <summary>Returns the index of the tree that contains <paramref name="operation"/>.</summary>
    public LocalAssignments For(IOperation operation)
    {
        var root = operation.Root();
        lock (gate)
        {
            byRoot ??= new Dictionary<IOperation, LocalAssignments>();
            if (!byRoot.TryGetValue(root, out var index))
            {
                index = LocalAssignments.Build(root);
                byRoot.Add(root, index);
            }

            return index;
        }
    }
}
