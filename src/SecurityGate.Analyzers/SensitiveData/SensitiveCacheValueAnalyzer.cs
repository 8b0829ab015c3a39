using System.Collections.Immutable;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Diagnostics;
using Microsoft.CodeAnalysis.Operations;
using SecurityGate.Analyzers.CacheKeys;
using SecurityGate.Analyzers.Operations;

namespace SecurityGate.Analyzers.SensitiveData;

/// <summary>
/// CSG010: a cache write (<see cref="CacheValueApis"/>, and assignments to <c>ICacheEntry.Value</c>) whose value
/// is sensitive and not protected, as <see cref="SensitiveValueTracer"/> decides. For
/// <c>HybridCache.GetOrCreateAsync</c> the factory's result type is judged. One finding per written value.
/// </summary>
[DiagnosticAnalyzer(LanguageNames.CSharp)]
public sealed class SensitiveCacheValueAnalyzer : SensitiveWriteAnalyzer
{
    public override ImmutableArray<DiagnosticDescriptor> SupportedDiagnostics { get; } =
        ImmutableArray.Create(Descriptors.SensitiveCacheValue, Descriptors.SensitiveCacheValueType);

    private protected override ImmutableArray<CacheApiEntry> WriteApis => CacheValueApis.Entries;

    private protected override DiagnosticDescriptor NamedRule => Descriptors.SensitiveCacheValue;

    private protected override DiagnosticDescriptor TypedRule => Descriptors.SensitiveCacheValueType;

    private protected override string? ValuePropertyTypeName => "Microsoft.Extensions.Caching.Memory.ICacheEntry";

    private protected override CacheApiKind? DeclaredKind => CacheApiKind.Value;

    private protected override SensitiveValue? Judge(IOperation value, IParameterSymbol? parameter, CacheApiEntry api, SensitiveValueTracer tracer, LocalAssignmentsCache locals)
    {
        var parameterType = parameter?.Type;
        return parameterType?.TypeKind == TypeKind.Delegate
            ? FactoryResult(parameterType, value.Syntax.SyntaxTree, tracer)
            : tracer.Find(value, CacheValueApis.StoresObjects(api), locals);
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
}
