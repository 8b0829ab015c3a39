using System.Collections.Generic;
using System.Collections.Immutable;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Diagnostics;
using Microsoft.CodeAnalysis.Operations;
using SecurityGate.Analyzers.Findings;
using SecurityGate.Analyzers.Operations;
using SecurityGate.Conventions;

namespace SecurityGate.Analyzers.CacheKeys;

/// <summary>
/// The shared pipeline of the key rules: find calls to the cache APIs of <see cref="CacheApiTable"/>, fold
/// their key argument into a <see cref="KeyTemplate"/> and let the rule find what in the template breaks it.
/// Keys without literal text, whose shape cannot be determined, are skipped unless the rule judges the holes
/// alone (<see cref="JudgesKeysWithoutLiteral"/>). Findings are reported per member at the end of its
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

    /// <summary>The table entries whose argument the rule checks: the key APIs unless the rule says otherwise.</summary>
    private protected virtual ImmutableArray<CacheApiEntry> CheckedApis => CacheApiTable.KeyEntries;

    /// <summary>
    /// True for rules that judge the holes themselves (their names, their order) rather than the key's
    /// literal shape, so a key made only of holes, such as <c>prefix + id</c>, is checked too.
    /// </summary>
    private protected virtual bool JudgesKeysWithoutLiteral => false;

    /// <summary>Returns the rule's violations in the folded key; each becomes one finding on the key argument.</summary>
    private protected abstract IEnumerable<KeyViolation> FindViolations(KeyTemplate template, KeyCheckContext context);

    private void OnCompilationStart(CompilationStartAnalysisContext start)
    {
        var resolver = CacheApiResolver.TryCreate(start.Compilation, CheckedApis);
        if (resolver is null)
        {
            return;
        }

        var folder = new KeyFolder(start.Compilation);
        var tenantNames = new ConfiguredNames(start.Options.AnalyzerConfigOptionsProvider, TenantIdentifiers.EditorConfigKey);
        var sensitiveNames = new ConfiguredNames(start.Options.AnalyzerConfigOptionsProvider, SensitiveDataMarkers.EditorConfigKey);

        start.RegisterOperationBlockStartAction(block =>
        {
            var batch = new FindingBatch(block.OwningSymbol);
            var locals = new LocalAssignmentsCache();
            block.RegisterOperationAction(
                operation => AnalyzeInvocation((IInvocationOperation)operation.Operation, resolver, folder, tenantNames, sensitiveNames, locals, batch),
                OperationKind.Invocation);
            block.RegisterOperationBlockEndAction(end => batch.ReportAll(end.ReportDiagnostic));
        });
    }

    private void AnalyzeInvocation(
        IInvocationOperation invocation,
        CacheApiResolver resolver,
        KeyFolder folder,
        ConfiguredNames tenantNames,
        ConfiguredNames sensitiveNames,
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

        foreach (var keyValue in KeyArgumentValues.Of(keyArgument))
        {
            var template = JudgesKeysWithoutLiteral ? folder.FoldParts(keyValue, locals) : folder.Fold(keyValue, locals);
            if (template.IsDetermined)
            {
                var context = new KeyCheckContext(tenantNames, sensitiveNames, keyValue.Syntax.SyntaxTree, match.Entry);
                Report(template, context, keyValue.Syntax.GetLocation(), batch);
            }
        }
    }

    private void Report(KeyTemplate template, KeyCheckContext context, Location location, FindingBatch batch)
    {
        foreach (var violation in FindViolations(template, context))
        {
            // The evidence is the API, the template and the rule's detail: no runtime value and no
            // whitespace or line of the source.
            var evidence = context.Api.DisplayName + "|" + template.Text;
            if (violation.Detail.Length > 0)
            {
                evidence += "|" + violation.Detail;
            }

            batch.Add(Rule, location, evidence, violation.MessageArguments);
        }
    }
}
