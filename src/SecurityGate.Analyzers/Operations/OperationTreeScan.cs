using System;
using System.Collections.Generic;
using System.Runtime.CompilerServices;
using System.Threading;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Diagnostics;
using Microsoft.CodeAnalysis.Operations;
using SecurityGate.Analyzers.Findings;

namespace SecurityGate.Analyzers.Operations;

/// <summary>
/// Runs a rule's operation checks from one compilation-wide operation action, each kind with a cheap candidate test.
/// The first candidate of an operation tree (a member's body or initializer) checks every candidate of that tree, so
/// identical findings of the member are numbered in source order, and each candidate reports the findings it owns.
/// </summary>
/// <remarks>
/// In the analyzer benchmark, per-member operation block start actions cost more than the checks, because most bodies
/// contain no cache call. Each finding is reported from its own operation's action, so an IDE request for part of a
/// member still gets the findings in that part. Rules that read attribute arguments use <see cref="RegisterPerMember"/>
/// instead, because an attribute is a tree of its own.
/// </remarks>
internal sealed class OperationTreeScan
{
    private readonly Dictionary<OperationKind, List<OperationCheck>> checks = new();
    private readonly ConditionalWeakTable<IOperation, TreeFindings> findingsByRoot = new();

    /// <summary>
    /// Adds a check. <paramref name="isCandidate"/> must hold for every operation that <paramref name="check"/> can add
    /// a finding for; the scan runs the check on candidates only.
    /// </summary>
    public OperationTreeScan On(OperationKind kind, Func<IOperation, bool> isCandidate, Action<IOperation, OperationTreeScope> check)
    {
        if (!checks.TryGetValue(kind, out var ofKind))
        {
            ofKind = new List<OperationCheck>(1);
            checks.Add(kind, ofKind);
        }

        ofKind.Add(new OperationCheck(isCandidate, check));
        return this;
    }

    /// <summary>
    /// Registers one operation action for all added kinds, and numbers findings per operation tree. Only for checks whose
    /// candidates cannot be attribute arguments: a member has one tree for its body or initializer and one per attribute,
    /// so findings in two trees of one member would both get ordinal 0. Registers nothing if no check was added.
    /// </summary>
    public void Register(CompilationStartAnalysisContext start)
    {
        if (checks.Count == 0)
        {
            return;
        }

        var kinds = new OperationKind[checks.Count];
        checks.Keys.CopyTo(kinds, 0);
        start.RegisterOperationAction(OnOperation, kinds);
    }

    /// <summary>
    /// Registers one operation block action that checks every tree of a member together: its body or initializer and
    /// the arguments of its attributes and its parameters' attributes. For checks that read attribute arguments.
    /// </summary>
    public void RegisterPerMember(CompilationStartAnalysisContext start)
    {
        if (checks.Count > 0)
        {
            start.RegisterOperationBlockAction(OnOperationBlock);
        }
    }

    // Runs for every operation of the added kinds in the compilation, so it allocates nothing for non-candidates.
    private void OnOperation(OperationAnalysisContext context)
    {
        var operation = context.Operation;
        if (!IsCandidate(checks[operation.Kind], operation))
        {
            return;
        }

        var owned = FindingsOfTree(operation.Root(), context).OwnedBy(operation);
        for (var index = 0; index < owned.Count; index++)
        {
            context.ReportDiagnostic(owned[index]);
        }
    }

    // A method of its own because its lambda captures the context: in OnOperation the closure would be allocated
    // on every call, candidate or not.
    private TreeFindings FindingsOfTree(IOperation root, OperationAnalysisContext context)
    {
        // NOTE: a check that throws fails the scan of the whole tree, so every candidate of that tree reports AD0001 and
        // none of the tree's findings. The gate fails closed on AD0001 either way.
        return findingsByRoot.TryGetValue(root, out var findings)
            ? findings
            : findingsByRoot.GetValue(root, _ => Scan(root, context.ContainingSymbol, context.CancellationToken));
    }

    private void OnOperationBlock(OperationBlockAnalysisContext context)
    {
        var scope = new OperationTreeScope(context.OwningSymbol);
        foreach (var block in context.OperationBlocks)
        {
            CheckTree(block, scope, context.CancellationToken);
        }

        foreach (var owned in scope.CreateDiagnostics())
        {
            context.ReportDiagnostic(owned.Diagnostic);
        }
    }

    private TreeFindings Scan(IOperation root, ISymbol containingSymbol, CancellationToken cancellationToken)
    {
        var scope = new OperationTreeScope(containingSymbol);
        CheckTree(root, scope, cancellationToken);
        return new TreeFindings(scope.CreateDiagnostics());
    }

    private void CheckTree(IOperation root, OperationTreeScope scope, CancellationToken cancellationToken)
    {
        Check(root, scope);
        foreach (var operation in root.Descendants())
        {
            cancellationToken.ThrowIfCancellationRequested();
            Check(operation, scope);
        }
    }

    private void Check(IOperation operation, OperationTreeScope scope)
    {
        if (!checks.TryGetValue(operation.Kind, out var ofKind))
        {
            return;
        }

        foreach (var check in ofKind)
        {
            if (check.IsCandidate(operation))
            {
                scope.Batch.Owner = operation;
                check.Run(operation, scope);
            }
        }
    }

    private static bool IsCandidate(List<OperationCheck> ofKind, IOperation operation)
    {
        foreach (var check in ofKind)
        {
            if (check.IsCandidate(operation))
            {
                return true;
            }
        }

        return false;
    }

    private sealed class OperationCheck
    {
        public OperationCheck(Func<IOperation, bool> isCandidate, Action<IOperation, OperationTreeScope> run)
        {
            IsCandidate = isCandidate;
            Run = run;
        }

        public Func<IOperation, bool> IsCandidate { get; }

        public Action<IOperation, OperationTreeScope> Run { get; }
    }

    private sealed class TreeFindings
    {
        private static readonly Diagnostic[] None = Array.Empty<Diagnostic>();
        private readonly Dictionary<IOperation, List<Diagnostic>>? byOwner;

        public TreeFindings(List<OwnedDiagnostic> diagnostics)
        {
            if (diagnostics.Count == 0)
            {
                return;
            }

            byOwner = new Dictionary<IOperation, List<Diagnostic>>();
            foreach (var owned in diagnostics)
            {
                if (!byOwner.TryGetValue(owned.Owner, out var list))
                {
                    list = new List<Diagnostic>();
                    byOwner.Add(owned.Owner, list);
                }

                list.Add(owned.Diagnostic);
            }
        }

        public IReadOnlyList<Diagnostic> OwnedBy(IOperation operation) =>
            byOwner is not null && byOwner.TryGetValue(operation, out var list) ? list : None;
    }
}
