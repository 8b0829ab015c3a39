using System.Collections.Immutable;
using System.Linq;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Diagnostics;
using Microsoft.CodeAnalysis.Operations;
using SecurityGate.Analyzers.CacheKeys;
using SecurityGate.Analyzers.Findings;
using SecurityGate.Analyzers.Operations;

namespace SecurityGate.Analyzers.SensitiveData;

/// <summary>
/// CSG010: a cache write (<see cref="CacheValueApis"/>, and assignments to <c>ICacheEntry.Value</c>) whose value
/// is sensitive and not protected, as <see cref="SensitiveValueTracer"/> decides. For
/// <c>HybridCache.GetOrCreateAsync</c> the factory's result type is judged. One finding per written value.
/// </summary>
[DiagnosticAnalyzer(LanguageNames.CSharp)]
public sealed class SensitiveCacheValueAnalyzer : DiagnosticAnalyzer
{
    private const string CacheEntryMetadataName = "Microsoft.Extensions.Caching.Memory.ICacheEntry";

    public override ImmutableArray<DiagnosticDescriptor> SupportedDiagnostics { get; } =
        ImmutableArray.Create(Descriptors.SensitiveCacheValue, Descriptors.SensitiveCacheValueType);

    public override void Initialize(AnalysisContext context)
    {
        context.EnableConcurrentExecution();
        context.ConfigureGeneratedCodeAnalysis(GeneratedCodeAnalysisFlags.None);
        context.RegisterCompilationStartAction(OnCompilationStart);
    }

    private static void OnCompilationStart(CompilationStartAnalysisContext start)
    {
        var resolver = CacheApiResolver.TryCreate(start.Compilation, CacheValueApis.Entries);
        var cacheEntryType = start.Compilation.GetTypeByMetadataName(CacheEntryMetadataName);
        if (resolver is null && cacheEntryType is null)
        {
            return;
        }

        var tracer = SensitiveValueTracer.Create(start.Compilation, start.Options);
        start.RegisterOperationBlockStartAction(block =>
        {
            var batch = new FindingBatch(block.OwningSymbol);
            var locals = new LocalAssignmentsCache();
            if (resolver is not null)
            {
                block.RegisterOperationAction(
                    operation => AnalyzeInvocation((IInvocationOperation)operation.Operation, resolver, tracer, locals, batch),
                    OperationKind.Invocation);
            }

            if (cacheEntryType is not null)
            {
                block.RegisterOperationAction(
                    operation => AnalyzeEntryAssignment((ISimpleAssignmentOperation)operation.Operation, cacheEntryType, tracer, locals, batch),
                    OperationKind.SimpleAssignment);
            }

            block.RegisterOperationBlockEndAction(end => batch.ReportAll(end.ReportDiagnostic));
        });
    }

    private static void AnalyzeInvocation(
        IInvocationOperation invocation, CacheApiResolver resolver, SensitiveValueTracer tracer, LocalAssignmentsCache locals, FindingBatch batch)
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

            var sensitive = argument.Parameter.Type.TypeKind == TypeKind.Delegate
                ? FactoryResult(argument.Parameter.Type, argument.Syntax.SyntaxTree, tracer)
                : tracer.Find(argument.Value, CacheValueApis.StoresObjects(match.Entry), locals);
            if (sensitive is not null)
            {
                Report(match.Entry.DisplayName, sensitive, argument.Syntax.GetLocation(), batch);
            }
        }
    }

    private static void AnalyzeEntryAssignment(
        ISimpleAssignmentOperation assignment, INamedTypeSymbol cacheEntryType, SensitiveValueTracer tracer, LocalAssignmentsCache locals, FindingBatch batch)
    {
        if (assignment.Target is not IPropertyReferenceOperation { Property.Name: "Value" } target
            || !IsCacheEntry(target.Property.ContainingType, cacheEntryType))
        {
            return;
        }

        var sensitive = tracer.Find(assignment.Value, storesObjects: true, locals);
        if (sensitive is not null)
        {
            Report("ICacheEntry.Value", sensitive, assignment.Value.Syntax.GetLocation(), batch);
        }
    }

    /// <summary>Judges the type a factory delegate produces, looking through <c>Task&lt;T&gt;</c> and <c>ValueTask&lt;T&gt;</c>.</summary>
    private static SensitiveValue? FactoryResult(ITypeSymbol delegateType, SyntaxTree tree, SensitiveValueTracer tracer)
    {
        var returnType = (delegateType as INamedTypeSymbol)?.DelegateInvokeMethod?.ReturnType;
        if (returnType is INamedTypeSymbol { IsGenericType: true, Name: "Task" or "ValueTask" } awaitable
            && awaitable.ContainingNamespace.ToDisplayString() == "System.Threading.Tasks")
        {
            returnType = awaitable.TypeArguments[0];
        }

        var path = returnType is null ? null : tracer.FindSensitiveMember(returnType, tree);
        return path is null ? null : SensitiveValue.Typed(path);
    }

    private static bool IsCacheEntry(INamedTypeSymbol type, INamedTypeSymbol cacheEntryType)
        => SymbolEqualityComparer.Default.Equals(type, cacheEntryType) || type.AllInterfaces.Contains(cacheEntryType, SymbolEqualityComparer.Default);

    private static void Report(string api, SensitiveValue sensitive, Location location, FindingBatch batch)
    {
        // The evidence is the API and the name or member path: source text, never a runtime value.
        var evidence = api + "|" + (sensitive.IsByType ? "type:" : "name:") + sensitive.Evidence;
        var descriptor = sensitive.IsByType ? Descriptors.SensitiveCacheValueType : Descriptors.SensitiveCacheValue;
        batch.Add(descriptor, location, evidence, api, sensitive.Evidence);
    }
}
