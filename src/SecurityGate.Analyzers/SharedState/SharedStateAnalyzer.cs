using System.Collections.Concurrent;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.Linq;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Diagnostics;
using Microsoft.CodeAnalysis.Operations;
using SecurityGate.Analyzers.CacheKeys;
using SecurityGate.Analyzers.Findings;
using SecurityGate.Analyzers.Operations;
using SecurityGate.Analyzers.SensitiveData;
using SecurityGate.Conventions;

namespace SecurityGate.Analyzers.SharedState;

/// <summary>
/// CSG040: a static field or auto-property holding a <see cref="SharedContainer"/> that is written somewhere in the
/// compilation (<c>Add</c>, <c>TryAdd</c>, <c>AddOrUpdate</c>, <c>GetOrAdd</c>, <c>Set</c>, an indexer set), whose key
/// is not partitioned by tenant, and whose values carry a tenant identifier or sensitive data. Such a container is
/// shared by every tenant the process serves. Reported on the declaration at the end of the compilation, because
/// the writes may be anywhere in it.
/// </summary>
[DiagnosticAnalyzer(LanguageNames.CSharp)]
public sealed class SharedStateAnalyzer : DiagnosticAnalyzer
{
    private static readonly ImmutableHashSet<string> WriteMethodNames = ImmutableHashSet.Create(
        "Add", "TryAdd", "AddOrUpdate", "GetOrAdd", "Set", "CreateEntry", "GetOrCreate", "GetOrCreateAsync");

    public override ImmutableArray<DiagnosticDescriptor> SupportedDiagnostics { get; } = ImmutableArray.Create(Descriptors.SharedTenantState);

    public override void Initialize(AnalysisContext context)
    {
        context.EnableConcurrentExecution();
        context.ConfigureGeneratedCodeAnalysis(GeneratedCodeAnalysisFlags.None);
        context.RegisterCompilationStartAction(OnCompilationStart);
    }

    private static void OnCompilationStart(CompilationStartAnalysisContext start)
    {
        var tracer = SensitiveValueTracer.Create(start.Compilation, start.Options);
        var tenantNames = new ConfiguredNames(start.Options.AnalyzerConfigOptionsProvider, TenantIdentifiers.EditorConfigKey);
        var candidates = new ConcurrentDictionary<ISymbol, SharedContainer>(SymbolEqualityComparer.Default);
        var writtenValueTypes = new ConcurrentDictionary<ISymbol, ConcurrentDictionary<ITypeSymbol, bool>>(SymbolEqualityComparer.Default);

        start.RegisterSymbolAction(symbol => CollectCandidate(symbol.Symbol, candidates), SymbolKind.Field, SymbolKind.Property);
        start.RegisterOperationAction(operation => CollectWrite(operation.Operation, writtenValueTypes), OperationKind.Invocation, OperationKind.SimpleAssignment);
        start.RegisterCompilationEndAction(end =>
        {
            foreach (var candidate in candidates.OrderBy(pair => pair.Key.ToDisplayString(), System.StringComparer.Ordinal))
            {
                if (writtenValueTypes.TryGetValue(candidate.Key, out var written))
                {
                    Judge(candidate.Key, candidate.Value, written.Keys, tracer, tenantNames, end);
                }
            }
        });
    }

    private static void CollectCandidate(ISymbol symbol, ConcurrentDictionary<ISymbol, SharedContainer> candidates)
    {
        var type = symbol switch
        {
            IFieldSymbol { IsStatic: true, IsConst: false, IsImplicitlyDeclared: false } field => field.Type,
            IPropertySymbol { IsStatic: true, IsIndexer: false } property when IsAutoProperty(property) => property.Type,
            _ => null,
        };
        var container = type is null ? null : SharedContainer.From(type);
        if (container is not null)
        {
            candidates.TryAdd(symbol, container);
        }
    }

    private static bool IsAutoProperty(IPropertySymbol property)
        => property.ContainingType.GetMembers().OfType<IFieldSymbol>().Any(field => SymbolEqualityComparer.Default.Equals(field.AssociatedSymbol, property));

    /// <summary>Records a write to a static field or property and the type of the written value, when the call shows it.</summary>
    private static void CollectWrite(IOperation operation, ConcurrentDictionary<ISymbol, ConcurrentDictionary<ITypeSymbol, bool>> written)
    {
        ISymbol? member;
        ITypeSymbol? valueType;
        switch (operation)
        {
            case IInvocationOperation invocation when WriteMethodNames.Contains(invocation.TargetMethod.Name):
                var receiver = invocation.TargetMethod.IsExtensionMethod && invocation.Instance is null
                    ? invocation.Arguments.FirstOrDefault()?.Value
                    : invocation.Instance;
                member = StaticMember(receiver);
                valueType = invocation.Arguments.FirstOrDefault(argument => argument.Parameter?.Name is "value" or "addValue")?.Value.WithoutConversions().Type;
                break;

            case ISimpleAssignmentOperation { Target: IPropertyReferenceOperation { Property.IsIndexer: true } indexer } assignment:
                member = StaticMember(indexer.Instance);
                valueType = assignment.Value.WithoutConversions().Type;
                break;

            default:
                return;
        }

        if (member is null)
        {
            return;
        }

        var types = written.GetOrAdd(member, _ => new ConcurrentDictionary<ITypeSymbol, bool>(SymbolEqualityComparer.Default));
        if (valueType is not null)
        {
            types.TryAdd(valueType, true);
        }
    }

    private static ISymbol? StaticMember(IOperation? operation) => operation is null ? null : operation.WithoutConversions() switch
    {
        IFieldReferenceOperation { Field.IsStatic: true } field => field.Field.OriginalDefinition,
        IPropertyReferenceOperation { Property.IsStatic: true } property => property.Property.OriginalDefinition,
        _ => null,
    };

    private static void Judge(
        ISymbol member, SharedContainer container, IEnumerable<ITypeSymbol> writtenValueTypes, SensitiveValueTracer tracer, ConfiguredNames tenantNames, CompilationAnalysisContext end)
    {
        var location = member.Locations.FirstOrDefault();
        if (location?.SourceTree is not { } tree)
        {
            return;
        }

        var extraTenantNames = tenantNames.For(tree);
        if (TenantPartition.IsPartitioned(container, extraTenantNames))
        {
            return;
        }

        var valueTypes = container.ValueType is not null ? new[] { container.ValueType } : writtenValueTypes.ToArray();
        foreach (var valueType in valueTypes.OrderBy(type => type.ToDisplayString(), System.StringComparer.Ordinal))
        {
            var evidence = TenantPartition.FindTenantMember(valueType, extraTenantNames) ?? tracer.FindSensitiveMember(valueType, tree);
            if (evidence is null)
            {
                continue;
            }

            var typeName = container.Type.ToDisplayString(SymbolDisplayFormat.MinimallyQualifiedFormat);
            end.ReportDiagnostic(FindingBatch.CreateOnly(member, Descriptors.SharedTenantState, location, typeName + "|" + evidence, member.Name, typeName, evidence));
            return;
        }
    }
}
