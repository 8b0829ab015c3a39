using System.Collections.Generic;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Operations;

namespace SecurityGate.Analyzers.Operations;

/// <summary>
/// Every write to each local of one member body, found in a single walk of the operation tree.
/// A local counts as written by its declaration initializer, an assignment of any kind, an increment,
/// a <c>ref</c> or <c>out</c> argument, a deconstruction or pattern declaration, and being the target of a
/// <c>ref</c> local, because a write through that alias cannot be seen.
/// </summary>
internal sealed class LocalAssignments
{
    private readonly Dictionary<ILocalSymbol, List<IOperation?>> writes = new(SymbolEqualityComparer.Default);

    private LocalAssignments()
    {
    }

    /// <summary>Walks <paramref name="root"/>, lambdas and local functions included.</summary>
    public static LocalAssignments Build(IOperation root)
    {
        var index = new LocalAssignments();
        foreach (var operation in root.DescendantsAndSelf())
        {
            switch (operation)
            {
                case IVariableDeclaratorOperation declarator:
                    index.RecordDeclarator(declarator);
                    break;
                case ILocalReferenceOperation reference:
                    index.RecordReference(reference);
                    break;
            }
        }

        return index;
    }

    /// <summary>
    /// Returns the initializer of a local that is declared with an initializer and never written again,
    /// or null when the local has no initializer or is written more than once.
    /// </summary>
    public IOperation? SingleAssignedValue(ILocalSymbol local)
    {
        return writes.TryGetValue(local, out var values) && values.Count == 1 ? values[0] : null;
    }

    /// <summary>Returns the values written to the local; an entry is null where the value is not known (an <c>out</c> argument, for example).</summary>
    public IReadOnlyList<IOperation?> WrittenValues(ILocalSymbol local)
    {
        return writes.TryGetValue(local, out var values) ? values : (IReadOnlyList<IOperation?>)System.Array.Empty<IOperation?>();
    }

    private void RecordDeclarator(IVariableDeclaratorOperation declarator)
    {
        var initializer = declarator.Initializer?.Value
            ?? (declarator.Parent as IVariableDeclarationOperation)?.Initializer?.Value;
        if (initializer is null)
        {
            return;
        }

        Add(declarator.Symbol, initializer);

        // `ref var alias = ref key;` lets later writes through the alias change the local.
        if (declarator.Symbol.RefKind != RefKind.None && initializer.WithoutConversions() is ILocalReferenceOperation target)
        {
            Add(target.Local, null);
        }
    }

    private void RecordReference(ILocalReferenceOperation reference)
    {
        if (reference.IsDeclaration)
        {
            // `out var x`, `var (a, b) = ...`: written without a declarator initializer.
            Add(reference.Local, null);
            return;
        }

        switch (reference.Parent)
        {
            case ISimpleAssignmentOperation assignment when assignment.Target == reference:
                Add(reference.Local, assignment.IsRef ? null : assignment.Value);
                break;
            case ICompoundAssignmentOperation compound when compound.Target == reference:
                Add(reference.Local, null);
                break;
            case ICoalesceAssignmentOperation coalesce when coalesce.Target == reference:
                Add(reference.Local, null);
                break;
            case IIncrementOrDecrementOperation increment when increment.Target == reference:
                Add(reference.Local, null);
                break;
            case IArgumentOperation { Parameter.RefKind: RefKind.Ref or RefKind.Out }:
                Add(reference.Local, null);
                break;
            case ITupleOperation tuple when tuple.Parent is IDeconstructionAssignmentOperation:
                Add(reference.Local, null);
                break;
        }
    }

    private void Add(ILocalSymbol local, IOperation? value)
    {
        if (!writes.TryGetValue(local, out var values))
        {
            values = new List<IOperation?>(1);
            writes.Add(local, values);
        }

        values.Add(value);
    }
}
