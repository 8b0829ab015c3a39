using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Diagnostics;
using Microsoft.CodeAnalysis.Operations;
using SecurityGate.Analyzers.Findings;
using SecurityGate.Analyzers.Operations;

namespace SecurityGate.Analyzers.CacheKeys;

/// <summary>
/// The shared pipeline of the key rules: find calls to the cache APIs of <see cref="CacheApiTable"/>, fold
/// their key argument into a <see cref="KeyTemplate"/> and let the rule decide whether the template breaks it.
/// Keys whose shape cannot be determined are skipped. Findings are reported per member at the end of its
/// operation block, so identical findings get distinct ordinals.
/// </summary>
public abstract class CacheKeyAnalyzer : DiagnosticAnalyzer
{
    private protected abstract DiagnosticDescriptor Rule { get; }

    public sealed override void Initialize(AnalysisContext context)
    {
        context.EnableConcurrentExecution();
        context.ConfigureGeneratedCodeAnalysis(GeneratedCodeAnalysisFlags.None);
        context.RegisterCompilationStartAction(OnCompilationStart);
    }

    /// <summary>Returns true when the folded key breaks the rule.</summary>
    private protected abstract bool IsViolation(KeyTemplate template, KeyCheckContext context);

    private void OnCompilationStart(CompilationStartAnalysisContext start)
    {
        var resolver = CacheApiResolver.TryCreate(start.Compilation, CacheApiTable.Entries);
        if (resolver is null)
        {
            return;
        }

        var folder = new KeyFolder(start.Compilation);
        var tenantOptions = new TenantIdentifierOptions(start.Options.AnalyzerConfigOptionsProvider);

        start.RegisterOperationBlockStartAction(block =>
        {
            var batch = new FindingBatch(block.OwningSymbol);
            var locals = new LocalAssignmentsCache();
            block.RegisterOperationAction(
                operation => AnalyzeInvocation((IInvocationOperation)operation.Operation, resolver, folder, tenantOptions, locals, batch),
                OperationKind.Invocation);
            block.RegisterOperationBlockEndAction(end => batch.ReportAll(end.ReportDiagnostic));
        });
    }

    private void AnalyzeInvocation(
        IInvocationOperation invocation,
        CacheApiResolver resolver,
        KeyFolder folder,
        TenantIdentifierOptions tenantOptions,
        LocalAssignmentsCache locals,
        FindingBatch batch)
    {
        var match = resolver.Resolve(invocation.TargetMethod);
        if (match is null)
        {
            return;
        }

        IArgumentOperation? keyArgument = null;
        foreach (var argument in invocation.Arguments)
        {
            if (argument.Parameter?.Ordinal == match.KeyParameterOrdinal)
            {
                keyArgument = argument;
                break;
            }
        }

        if (keyArgument is null)
        {
            return;
        }

        var template = folder.Fold(keyArgument.Value, locals);
        if (!template.IsDetermined)
        {
            return;
        }

        var keySyntax = keyArgument.Value.Syntax;
        var context = new KeyCheckContext(tenantOptions, keySyntax.SyntaxTree);
        if (!IsViolation(template, context))
        {
            return;
        }

        // The evidence is the API and the template: no runtime value and no whitespace or line of the source.
        var evidence = match.Entry.DisplayName + "|" + template.Text;
        batch.Add(Rule, keySyntax.GetLocation(), evidence, template.Text);
    }
}
