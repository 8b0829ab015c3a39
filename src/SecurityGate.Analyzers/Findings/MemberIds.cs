using Microsoft.CodeAnalysis;

namespace SecurityGate.Analyzers.Findings;

/// <summary>Computes the member part of a finding's identity.</summary>
internal static class MemberIds
{
    /// <summary>
    /// Returns the documentation-comment id of the member that contains the finding, for example
    /// <c>M:Shop.OrderCache.Get(System.Int32)</c>. Local functions and lambdas map to the member that
    /// declares them and a parameter maps to its method, so moving code into a lambda keeps its identity.
    /// Accessors keep their own id (<c>M:Shop.T.get_Key</c>) and field initializers use the field.
    /// </summary>
    public static string For(ISymbol symbol)
    {
        var member = symbol;
        while (member.ContainingSymbol is not null
            && (member is IParameterSymbol || member is IMethodSymbol { MethodKind: MethodKind.LocalFunction or MethodKind.AnonymousFunction }))
        {
            member = member.ContainingSymbol;
        }

        // Symbols without a documentation id (a synthesized entry point of top-level statements, for example)
        // fall back to their fully qualified display string.
        return member.GetDocumentationCommentId() ?? member.ToDisplayString(SymbolDisplayFormat.FullyQualifiedFormat);
    }
}
