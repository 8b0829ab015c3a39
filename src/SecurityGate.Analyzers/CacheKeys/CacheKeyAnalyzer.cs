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
/// The shared pipeline of the key rules: find calls to the cache APIs of <see cref="CacheApiTable"/> and of the
/// project's <see cref="DeclaredCacheApis"/>, fold their key argument into a <see cref="KeyTemplate"/> and let the
/// rule find what in the template breaks it.
/// Keys without literal text, whose shape cannot be determined, are skipped unless the rule judges the holes
/// alone (<see cref="JudgesKeysWithoutLiteral"/>). An <see cref="OperationTreeScan"/> numbers identical findings
/// of a member.
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

    /// <summary>The built-in table entries whose argument the rule checks: the key APIs unless the rule overrides them.</summary>
    private protected virtual ImmutableArray<CacheApiEntry> CheckedApis => CacheApiTable.KeyEntries;

    /// <summary>True for the kinds of the project's declared entries that the rule checks, matching <see cref="CheckedApis"/>.</summary>
    private protected virtual bool IsCheckedKind(CacheApiKind kind) => kind == CacheApiKind.Key;

    /// <summary>
    /// True for rules that judge the holes themselves (their names, their order) rather than the key's
    /// literal shape, so a key made only of holes, such as <c>prefix + id</c>, is checked too.
    /// </summary>
    private protected virtual bool JudgesKeysWithoutLiteral => false;

    /// <summary>Returns the rule's violations in the folded key; each becomes one finding on the key argument.</summary>
    private protected abstract IEnumerable<KeyViolation> FindViolations(KeyTemplate template, KeyCheckContext context);

    private void OnCompilationStart(CompilationStartAnalysisContext start)
    {
        var apis = DeclaredCacheApis.AddTo(CheckedApis, IsCheckedKind, start.Options, start.CancellationToken);
        var resolver = CacheApiResolver.TryCreate(start.Compilation, apis);
        var nameMatcher = CacheApiNameMatcher.IsEnabled(start.Options) ? new CacheApiNameMatcher(apis) : null;
        if (resolver is null && nameMatcher is null)
        {
            return;
        }

        var folder = KeyFolder.For(start.Compilation);
        var tenantNames = new ConfiguredNames(start.Options.AnalyzerConfigOptionsProvider, TenantIdentifiers.EditorConfigKey);
        var sensitiveNames = new ConfiguredNames(start.Options.AnalyzerConfigOptionsProvider, SensitiveDataMarkers.EditorConfigKey);

        var scan = new OperationTreeScan();
        if (resolver is not null)
        {
            scan.On(
                OperationKind.Invocation,
                operation => resolver.Resolve(((IInvocationOperation)operation).TargetMethod) is not null,
                (operation, scope) => AnalyzeInvocation((IInvocationOperation)operation, resolver, new KeyValueChecker(this, folder, tenantNames, sensitiveNames, scope)));
        }

        // Calls on types that did not bind (their library is not referenced) are invalid operations.
        if (nameMatcher is not null)
        {
            scan.On(
                OperationKind.Invalid,
                operation => nameMatcher.Match((IInvalidOperation)operation) is not null,
                (operation, scope) => AnalyzeUnboundCall((IInvalidOperation)operation, nameMatcher, new KeyValueChecker(this, folder, tenantNames, sensitiveNames, scope)));
        }

        scan.Register(start);
    }

    private static void AnalyzeInvocation(IInvocationOperation invocation, CacheApiResolver resolver, KeyValueChecker keyChecker)
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
            keyChecker.Check(keyValue, match.Entry);
        }
    }

    private static void AnalyzeUnboundCall(IInvalidOperation operation, CacheApiNameMatcher nameMatcher, KeyValueChecker keyChecker)
    {
        var match = nameMatcher.Match(operation);
        if (match is { } found)
        {
            keyChecker.Check(found.KeyValue, found.Entry);
        }
    }

    /// <summary>Folds one key value and reports the rule's violations, for calls matched by symbol or by name.</summary>
    private sealed class KeyValueChecker
    {
        private readonly CacheKeyAnalyzer analyzer;
        private readonly KeyFolder folder;
        private readonly ConfiguredNames tenantNames;
        private readonly ConfiguredNames sensitiveNames;
        private readonly OperationTreeScope scope;

        public KeyValueChecker(CacheKeyAnalyzer analyzer, KeyFolder folder, ConfiguredNames tenantNames, ConfiguredNames sensitiveNames, OperationTreeScope scope)
        {
            this.analyzer = analyzer;
            this.folder = folder;
            this.tenantNames = tenantNames;
            this.sensitiveNames = sensitiveNames;
            this.scope = scope;
        }

        public void Check(IOperation keyValue, CacheApiEntry api)
        {
            var template = analyzer.JudgesKeysWithoutLiteral ? folder.FoldParts(keyValue, scope.Locals) : folder.Fold(keyValue, scope.Locals);
            if (template.IsDetermined)
            {
                var context = new KeyCheckContext(tenantNames, sensitiveNames, keyValue.Syntax.SyntaxTree, api);
                analyzer.Report(template, context, keyValue.Syntax.GetLocation(), scope.Batch);
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
