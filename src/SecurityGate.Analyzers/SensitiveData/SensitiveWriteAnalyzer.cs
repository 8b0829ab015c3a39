using System.Collections.Immutable;
using System.Linq;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp.Syntax;
using Microsoft.CodeAnalysis.Diagnostics;
using Microsoft.CodeAnalysis.Operations;
using SecurityGate.Analyzers.CacheKeys;
using SecurityGate.Analyzers.Findings;
using SecurityGate.Analyzers.Operations;

namespace SecurityGate.Analyzers.SensitiveData;

/// <summary>
/// The shared pipeline of the rules on sensitive writes: resolve calls to the rule's table of written parameters,
/// let the rule judge the written argument with <see cref="SensitiveValueTracer"/>, and report per member at the
/// end of its operation block, so identical findings get distinct ordinals. A rule may also name a type whose
/// <c>Value</c> property assignments are writes (<c>ICacheEntry.Value</c>).
/// </summary>
public abstract class SensitiveWriteAnalyzer : DiagnosticAnalyzer
{
    /// <summary>The writes the rule checks; each entry's parameter is the written value.</summary>
    private protected abstract ImmutableArray<CacheApiEntry> WriteApis { get; }

    /// <summary>The descriptor for a value whose name marks it as a secret.</summary>
    private protected abstract DiagnosticDescriptor NamedRule { get; }

    /// <summary>The descriptor for a value with a sensitive member.</summary>
    private protected abstract DiagnosticDescriptor TypedRule { get; }

    /// <summary>The kind of the project's declared entries (cache-security-apis.txt) that the rule adds to <see cref="WriteApis"/>, or null for none.</summary>
    private protected virtual CacheApiKind? DeclaredKind => null;

    /// <summary>The metadata name of a type whose <c>Value</c> property assignments are writes, or null for none.</summary>
    private protected virtual string? ValuePropertyTypeName => null;

    public sealed override void Initialize(AnalysisContext context)
    {
        context.EnableConcurrentExecution();
        context.ConfigureGeneratedCodeAnalysis(GeneratedCodeAnalysisFlags.None);
        context.RegisterCompilationStartAction(OnCompilationStart);
    }

    /// <summary>
    /// Returns what makes the written value sensitive, or null to report nothing. <paramref name="parameter"/> is null
    /// for a call that did not bind and was matched by name (folder mode).
    /// </summary>
    private protected abstract SensitiveValue? Judge(IOperation value, IParameterSymbol? parameter, CacheApiEntry api, SensitiveValueTracer tracer, LocalAssignmentsCache locals);

    private void OnCompilationStart(CompilationStartAnalysisContext start)
    {
        var writeApis = DeclaredKind is { } declaredKind
            ? DeclaredCacheApis.AddTo(WriteApis, kind => kind == declaredKind, start.Options, start.CancellationToken)
            : WriteApis;
        var resolver = CacheApiResolver.TryCreate(start.Compilation, writeApis);
        var valuePropertyType = ValuePropertyTypeName is null ? null : start.Compilation.GetTypeByMetadataName(ValuePropertyTypeName);
        var nameMatcher = CacheApiNameMatcher.IsEnabled(start.Options) ? new CacheApiNameMatcher(writeApis) : null;
        if (resolver is null && valuePropertyType is null && nameMatcher is null)
        {
            return;
        }

        var tracer = SensitiveValueTracer.Create(start.Compilation, start.Options);
        var scan = new OperationTreeScan();
        if (resolver is not null)
        {
            scan.On(
                OperationKind.Invocation,
                operation => resolver.Resolve(((IInvocationOperation)operation).TargetMethod) is not null,
                (operation, scope) => AnalyzeInvocation((IInvocationOperation)operation, resolver, tracer, scope));
        }

        if (valuePropertyType is not null)
        {
            scan.On(
                OperationKind.SimpleAssignment,
                operation => IsValueAssignment((ISimpleAssignmentOperation)operation, valuePropertyType),
                (operation, scope) => AnalyzeValueAssignment((ISimpleAssignmentOperation)operation, valuePropertyType, tracer, scope));
        }

        if (nameMatcher is not null)
        {
            scan.On(
                OperationKind.Invalid,
                operation => nameMatcher.Match((IInvalidOperation)operation) is not null,
                (operation, scope) => AnalyzeUnboundCall((IInvalidOperation)operation, nameMatcher, tracer, scope));
        }

        scan.Register(start);
    }

    // Folder mode: a call whose library is not referenced, matched to a table entry by its receiver and method names.
    private void AnalyzeUnboundCall(IInvalidOperation operation, CacheApiNameMatcher nameMatcher, SensitiveValueTracer tracer, OperationTreeScope scope)
    {
        if (nameMatcher.Match(operation) is not var (entry, value))
        {
            return;
        }

        var sensitive = Judge(value, parameter: null, entry, tracer, scope.Locals);
        if (sensitive is not null)
        {
            // The build reports at the argument, which also spans a "value:" name.
            var argument = value.Syntax.Parent is ArgumentSyntax named ? named : value.Syntax;
            Add(scope.Batch, entry.DisplayName, sensitive, argument.GetLocation());
        }
    }

    private void AnalyzeInvocation(
        IInvocationOperation invocation, CacheApiResolver resolver, SensitiveValueTracer tracer, OperationTreeScope scope)
    {
        var match = resolver.Resolve(invocation.TargetMethod);
        if (match is null)
        {
            return;
        }

        foreach (var argument in invocation.Arguments)
        {
            if (argument.Parameter?.Ordinal != match.KeyParameterOrdinal || argument.ArgumentKind == ArgumentKind.DefaultValue)
            {
                continue;
            }

            var sensitive = Judge(argument.Value, argument.Parameter, match.Entry, tracer, scope.Locals);
            if (sensitive is not null)
            {
                Add(scope.Batch, match.Entry.DisplayName, sensitive, argument.Syntax.GetLocation());
            }
        }
    }

    private static bool IsValueAssignment(ISimpleAssignmentOperation assignment, INamedTypeSymbol valuePropertyType) =>
        assignment.Target is IPropertyReferenceOperation { Property.Name: "Value" } target
        && (SymbolEqualityComparer.Default.Equals(target.Property.ContainingType, valuePropertyType)
            || target.Property.ContainingType.AllInterfaces.Contains(valuePropertyType, SymbolEqualityComparer.Default));

    private void AnalyzeValueAssignment(
        ISimpleAssignmentOperation assignment, INamedTypeSymbol valuePropertyType, SensitiveValueTracer tracer, OperationTreeScope scope)
    {
        var sensitive = tracer.Find(assignment.Value, storesObjects: true, scope.Locals);
        if (sensitive is not null)
        {
            Add(scope.Batch, valuePropertyType.Name + ".Value", sensitive, assignment.Value.Syntax.GetLocation());
        }
    }

    private void Add(FindingBatch batch, string api, SensitiveValue sensitive, Location location)
    {
        // The evidence is the API and the name or member path: source text, never a runtime value.
        var evidence = api + "|" + (sensitive.IsByType ? "type:" : "name:") + sensitive.Evidence;
        batch.Add(sensitive.IsByType ? TypedRule : NamedRule, location, evidence, api, sensitive.Evidence);
    }
}
