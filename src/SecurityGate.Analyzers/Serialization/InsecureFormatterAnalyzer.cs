using System;
using System.Collections.Generic;
using System.Collections.Immutable;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp.Syntax;
using Microsoft.CodeAnalysis.Diagnostics;
using Microsoft.CodeAnalysis.Operations;
using SecurityGate.Analyzers.Findings;
using SecurityGate.Analyzers.Operations;

namespace SecurityGate.Analyzers.Serialization;

/// <summary>
/// CSG020: formatters that create whatever type the data names. Each creation is reported, and each
/// Serialize or Deserialize call whose receiver was not created in the same member (a field, a parameter,
/// a property). A call on a formatter created in the same member is not reported again, because its
/// creation already is, so every use site is found once.
/// </summary>
[DiagnosticAnalyzer(LanguageNames.CSharp)]
public sealed class InsecureFormatterAnalyzer : DiagnosticAnalyzer
{
    /// <summary>The formatters reported, by full metadata name. All but BinaryFormatter exist only in .NET Framework.</summary>
    internal static readonly ImmutableArray<string> FormatterTypeNames = ImmutableArray.Create(
        "System.Runtime.Serialization.Formatters.Binary.BinaryFormatter",
        "System.Runtime.Serialization.Formatters.Soap.SoapFormatter",
        "System.Runtime.Serialization.NetDataContractSerializer",
        "System.Web.UI.LosFormatter",
        "System.Web.UI.ObjectStateFormatter");

    private static readonly ImmutableHashSet<string> UseMethodNames = ImmutableHashSet.Create(
        "Serialize", "Deserialize", "UnsafeDeserialize", "UnsafeDeserializeMethodResponse", "ReadObject", "WriteObject");

    public override ImmutableArray<DiagnosticDescriptor> SupportedDiagnostics { get; } =
        ImmutableArray.Create(Descriptors.FormatterCreated, Descriptors.FormatterUsed);

    public override void Initialize(AnalysisContext context)
    {
        context.EnableConcurrentExecution();
        context.ConfigureGeneratedCodeAnalysis(GeneratedCodeAnalysisFlags.None);
        context.RegisterCompilationStartAction(OnCompilationStart);
    }

    private static void OnCompilationStart(CompilationStartAnalysisContext start)
    {
        var formatters = new Dictionary<INamedTypeSymbol, string>(SymbolEqualityComparer.Default);
        foreach (var name in FormatterTypeNames)
        {
            if (start.Compilation.GetTypeByMetadataName(name) is { } type)
            {
                formatters[type] = name;
            }
        }

        if (formatters.Count == 0)
        {
            return;
        }

        new OperationTreeScan()
            .On(
                OperationKind.ObjectCreation,
                operation => FindFormatter(((IObjectCreationOperation)operation).Type, formatters) is not null,
                (operation, scope) => AnalyzeCreation((IObjectCreationOperation)operation, formatters, scope.Batch))
            .On(
                OperationKind.Invocation,
                operation => IsUseCall((IInvocationOperation)operation),
                (operation, scope) => AnalyzeCall((IInvocationOperation)operation, formatters, scope.Locals, scope.Batch))
            .Register(start);
    }

    private static void AnalyzeCreation(IObjectCreationOperation creation, Dictionary<INamedTypeSymbol, string> formatters, FindingBatch batch)
    {
        var formatter = FindFormatter(creation.Type, formatters);
        if (formatter is null)
        {
            return;
        }

        batch.Add(Descriptors.FormatterCreated, creation.Syntax.GetLocation(), formatters[formatter], "new " + creation.Type!.Name + "()");
    }

    private static void AnalyzeCall(IInvocationOperation call, Dictionary<INamedTypeSymbol, string> formatters, LocalAssignmentsCache locals, FindingBatch batch)
    {
        if (!IsUseCall(call))
        {
            return;
        }

        var formatter = FindFormatter(call.Instance!.Type, formatters) ?? FindFormatter(call.TargetMethod.ContainingType, formatters);
        if (formatter is null || IsCreatedInMember(call.Instance.WithoutConversions(), formatters, locals))
        {
            return;
        }

        var location = call.Syntax is InvocationExpressionSyntax { Expression: MemberAccessExpressionSyntax access }
            ? access.Name.GetLocation()
            : call.Syntax.GetLocation();
        batch.Add(Descriptors.FormatterUsed, location, formatters[formatter], formatter.Name + "." + call.TargetMethod.Name);
    }

    private static bool IsUseCall(IInvocationOperation call) => call.Instance is not null && UseMethodNames.Contains(call.TargetMethod.Name);

    /// <summary>True when the receiver is a formatter created in this member: a <c>new</c> expression or a local assigned from one.</summary>
    private static bool IsCreatedInMember(IOperation receiver, Dictionary<INamedTypeSymbol, string> formatters, LocalAssignmentsCache locals)
    {
        switch (receiver)
        {
            case IObjectCreationOperation:
                return true;
            case ILocalReferenceOperation local:
                foreach (var value in locals.For(local).WrittenValues(local.Local))
                {
                    if (value?.WithoutConversions() is IObjectCreationOperation creation && FindFormatter(creation.Type, formatters) is not null)
                    {
                        return true;
                    }
                }

                return false;
            default:
                return false;
        }
    }

    /// <summary>Returns the formatter type that <paramref name="type"/> is or derives from, or null.</summary>
    private static INamedTypeSymbol? FindFormatter(ITypeSymbol? type, Dictionary<INamedTypeSymbol, string> formatters)
    {
        for (var current = type as INamedTypeSymbol; current is not null; current = current.BaseType)
        {
            if (formatters.ContainsKey(current.OriginalDefinition))
            {
                return current.OriginalDefinition;
            }
        }

        return null;
    }
}
