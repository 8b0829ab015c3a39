using System.Collections.Concurrent;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp.Syntax;
using Microsoft.CodeAnalysis.Operations;
using SecurityGate.Analyzers.Operations;

namespace SecurityGate.Analyzers.Serialization;

/// <summary>
/// Decides whether a MessagePackSerializerOptions expression is provably configured with
/// <c>MessagePackSecurity.UntrustedData</c>: a <c>WithSecurity(MessagePackSecurity.UntrustedData)</c> call, other
/// <c>With…</c> calls on such options (they copy the security setting), and locals assigned once or read-only
/// fields initialized with such an expression. Everything else is unproven, so the rule fails closed.
/// </summary>
internal sealed class UntrustedOptionsProof
{
    /// <summary>How many locals and fields a proof follows before it gives up.</summary>
    private const int MaxDepth = 8;

    private readonly Compilation compilation;
    private readonly INamedTypeSymbol? optionsType;
    private readonly INamedTypeSymbol? securityType;
    private readonly ConcurrentDictionary<SyntaxTree, SemanticModel> semanticModels = new();

    public UntrustedOptionsProof(Compilation compilation)
    {
        this.compilation = compilation;
        optionsType = compilation.GetTypeByMetadataName("MessagePack.MessagePackSerializerOptions");
        securityType = compilation.GetTypeByMetadataName("MessagePack.MessagePackSecurity");
    }

    /// <summary>Returns true when <paramref name="options"/> provably uses <c>MessagePackSecurity.UntrustedData</c>.</summary>
    public bool IsProven(IOperation options, LocalAssignmentsCache locals) => IsUntrustedOptions(options, locals, 0);

    private bool IsUntrustedOptions(IOperation? operation, LocalAssignmentsCache locals, int depth)
    {
        if (operation is null || depth > MaxDepth)
        {
            return false;
        }

        switch (operation.WithoutConversions())
        {
            case IInvocationOperation { Instance: { } receiver } call when IsOptionsMethod(call.TargetMethod):
                if (call.TargetMethod.Name == "WithSecurity")
                {
                    return call.Arguments.Length == 1 && IsUntrustedData(call.Arguments[0].Value, locals, depth);
                }

                // WithResolver, WithCompression and the other With… methods copy the options with their security.
                return call.TargetMethod.Name.StartsWith("With", System.StringComparison.Ordinal) && IsUntrustedOptions(receiver, locals, depth);

            case ILocalReferenceOperation local:
                return IsUntrustedOptions(locals.For(local).SingleAssignedValue(local.Local), locals, depth + 1);

            case IFieldReferenceOperation { Field: { IsReadOnly: true } field }:
                // NOTE: a constructor may still assign a read-only field; only the initializer is read.
                return IsUntrustedOptions(FieldInitializer(field), new LocalAssignmentsCache(), depth + 1);

            default:
                return false;
        }
    }

    private bool IsUntrustedData(IOperation? operation, LocalAssignmentsCache locals, int depth)
    {
        if (operation is null || depth > MaxDepth)
        {
            return false;
        }

        switch (operation.WithoutConversions())
        {
            case IFieldReferenceOperation { Field: { Name: "UntrustedData", IsStatic: true } field }
                when SymbolEqualityComparer.Default.Equals(field.ContainingType, securityType):
                return true;

            case ILocalReferenceOperation local:
                return IsUntrustedData(locals.For(local).SingleAssignedValue(local.Local), locals, depth + 1);

            case IFieldReferenceOperation { Field: { IsReadOnly: true } field }:
                return IsUntrustedData(FieldInitializer(field), new LocalAssignmentsCache(), depth + 1);

            default:
                return false;
        }
    }

    private bool IsOptionsMethod(IMethodSymbol method)
    {
        for (var type = method.ContainingType; type is not null; type = type.BaseType)
        {
            if (SymbolEqualityComparer.Default.Equals(type, optionsType))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>Returns the initializer of a field declared in source with one, or null for a field from metadata or without an initializer.</summary>
    private IOperation? FieldInitializer(IFieldSymbol field)
    {
        if (field.DeclaringSyntaxReferences.Length != 1
            || field.DeclaringSyntaxReferences[0].GetSyntax() is not VariableDeclaratorSyntax { Initializer.Value: { } value })
        {
            return null;
        }

        // RS1030 warns that Compilation.GetSemanticModel is costly. The field may sit in another syntax tree, whose
        // model the operation context does not offer, so the model is created once per tree and reused.
#pragma warning disable RS1030 // Do not invoke Compilation.GetSemanticModel() method within a diagnostic analyzer
        var model = semanticModels.GetOrAdd(value.SyntaxTree, tree => compilation.GetSemanticModel(tree));
#pragma warning restore RS1030
        return model.GetOperation(value);
    }
}
