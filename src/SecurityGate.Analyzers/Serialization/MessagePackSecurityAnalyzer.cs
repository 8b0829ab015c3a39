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
/// CSG022: MessagePack deserialization that trusts its input. Reported are every use of the typeless API
/// (<c>MessagePackSerializer.Typeless</c>, <c>TypelessContractlessStandardResolver</c>, <c>TypelessObjectResolver</c>),
/// which lets the payload name the type to create, and every <c>MessagePackSerializer.Deserialize*</c> call whose
/// options are not proven to carry <c>MessagePackSecurity.UntrustedData</c> (<see cref="UntrustedOptionsProof"/>).
/// </summary>
[DiagnosticAnalyzer(LanguageNames.CSharp)]
public sealed class MessagePackSecurityAnalyzer : DiagnosticAnalyzer
{
    private static readonly ImmutableArray<string> TypelessTypeNames = ImmutableArray.Create(
        "MessagePack.MessagePackSerializer+Typeless",
        "MessagePack.Resolvers.TypelessContractlessStandardResolver",
        "MessagePack.Resolvers.TypelessObjectResolver");

    public override ImmutableArray<DiagnosticDescriptor> SupportedDiagnostics { get; } = ImmutableArray.Create(
        Descriptors.MessagePackTypeless, Descriptors.MessagePackDefaultOptions, Descriptors.MessagePackOptionsNotProven);

    public override void Initialize(AnalysisContext context)
    {
        context.EnableConcurrentExecution();
        context.ConfigureGeneratedCodeAnalysis(GeneratedCodeAnalysisFlags.None);
        context.RegisterCompilationStartAction(OnCompilationStart);
    }

    private static void OnCompilationStart(CompilationStartAnalysisContext start)
    {
        var serializer = start.Compilation.GetTypeByMetadataName("MessagePack.MessagePackSerializer");
        if (serializer is null)
        {
            return;
        }

        var typelessTypes = new HashSet<INamedTypeSymbol>(SymbolEqualityComparer.Default);
        foreach (var name in TypelessTypeNames)
        {
            if (start.Compilation.GetTypeByMetadataName(name) is { } type)
            {
                typelessTypes.Add(type);
            }
        }

        var proof = new UntrustedOptionsProof(start.Compilation);
        var scan = new OperationTreeScan();
        Func<IOperation, bool> isTypelessUse = operation => TypelessUse(operation, typelessTypes) is not null;
        Action<IOperation, OperationTreeScope> checkTypelessUse = (operation, scope) => AnalyzeTypelessUse(operation, typelessTypes, scope.Batch);
        foreach (var kind in new[] { OperationKind.Invocation, OperationKind.PropertyReference, OperationKind.FieldReference, OperationKind.ObjectCreation })
        {
            scan.On(kind, isTypelessUse, checkTypelessUse);
        }

        scan.On(
            OperationKind.Invocation,
            operation => IsDeserialize(((IInvocationOperation)operation).TargetMethod, serializer),
            (operation, scope) => AnalyzeDeserialize((IInvocationOperation)operation, serializer, proof, scope.Locals, scope.Batch));
        scan.Register(start);
    }

    /// <summary>Returns the typeless type and member that <paramref name="operation"/> uses, or null when it uses none.</summary>
    private static (INamedTypeSymbol Owner, string MemberName)? TypelessUse(IOperation operation, HashSet<INamedTypeSymbol> typelessTypes)
    {
        var (owner, memberName) = operation switch
        {
            IInvocationOperation invocation => (invocation.TargetMethod.ContainingType, invocation.TargetMethod.Name),
            IMemberReferenceOperation member => (member.Member.ContainingType, member.Member.Name),
            IObjectCreationOperation creation => (creation.Type as INamedTypeSymbol, ".ctor"),
            _ => (null, string.Empty),
        };

        return owner is not null && typelessTypes.Contains(owner.OriginalDefinition) ? (owner, memberName) : null;
    }

    private static void AnalyzeTypelessUse(IOperation operation, HashSet<INamedTypeSymbol> typelessTypes, FindingBatch batch)
    {
        if (TypelessUse(operation, typelessTypes) is not var (owner, memberName))
        {
            return;
        }

        // Typeless.Deserialize names its nested type as MessagePackSerializer.Typeless, as the source does.
        var typeName = owner.ContainingType is { } outer ? outer.Name + "." + owner.Name : owner.Name;
        var use = memberName == ".ctor" ? "new " + typeName + "()" : typeName + "." + memberName;
        batch.Add(Descriptors.MessagePackTypeless, operation.Syntax.GetLocation(), use, use);
    }

    private static void AnalyzeDeserialize(
        IInvocationOperation call, INamedTypeSymbol serializer, UntrustedOptionsProof proof, LocalAssignmentsCache locals, FindingBatch batch)
    {
        var method = call.TargetMethod;
        if (!IsDeserialize(method, serializer))
        {
            return;
        }

        var api = serializer.Name + "." + method.Name;
        IArgumentOperation? options = null;
        foreach (var argument in call.Arguments)
        {
            if (argument.Parameter?.Name == "options")
            {
                options = argument;
            }
        }

        // An omitted optional argument, a null constant and an overload without options all mean the default options.
        if (options is null || options.ArgumentKind == ArgumentKind.DefaultValue || options.Value.WithoutConversions() is ILiteralOperation { ConstantValue: { HasValue: true, Value: null } })
        {
            batch.Add(Descriptors.MessagePackDefaultOptions, MethodNameLocation(call), api + "|default options", api);
            return;
        }

        if (!proof.IsProven(options.Value, locals))
        {
            batch.Add(Descriptors.MessagePackOptionsNotProven, options.Value.Syntax.GetLocation(), api + "|options not proven", api, options.Value.Syntax.ToString());
        }
    }

    private static bool IsDeserialize(IMethodSymbol method, INamedTypeSymbol serializer)
        => SymbolEqualityComparer.Default.Equals(method.ContainingType, serializer)
            && method.Name.StartsWith("Deserialize", StringComparison.Ordinal);

    private static Location MethodNameLocation(IInvocationOperation call)
        => call.Syntax is InvocationExpressionSyntax { Expression: MemberAccessExpressionSyntax access }
            ? access.Name.GetLocation()
            : call.Syntax.GetLocation();
}
