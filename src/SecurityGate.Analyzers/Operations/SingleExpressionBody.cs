using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp.Syntax;

namespace SecurityGate.Analyzers.Operations;

/// <summary>
/// Finds the one expression of a small helper in the same compilation: a body written as <c>=&gt; expr</c> or as
/// a single <c>return expr;</c>, of a method, property getter or local function.
/// </summary>
internal static class SingleExpressionBody
{
    /// <summary>
    /// Returns the expression, or null for a method declared in metadata, declared in several parts, or whose body
    /// is longer. Abstract, virtual and override methods return null too, because a further override may return
    /// something else.
    /// </summary>
    public static ExpressionSyntax? Of(IMethodSymbol method)
    {
        if (method.IsAbstract || method.IsVirtual || method.IsOverride || method.IsExtern || method.DeclaringSyntaxReferences.Length != 1
            || method.MethodKind is not (MethodKind.Ordinary or MethodKind.PropertyGet or MethodKind.LocalFunction))
        {
            return null;
        }

        return method.DeclaringSyntaxReferences[0].GetSyntax() switch
        {
            ArrowExpressionClauseSyntax arrow => arrow.Expression,
            BaseMethodDeclarationSyntax declaration => FromBody(declaration.ExpressionBody, declaration.Body),
            AccessorDeclarationSyntax accessor => FromBody(accessor.ExpressionBody, accessor.Body),
            LocalFunctionStatementSyntax localFunction => FromBody(localFunction.ExpressionBody, localFunction.Body),
            _ => null,
        };
    }

    private static ExpressionSyntax? FromBody(ArrowExpressionClauseSyntax? expressionBody, BlockSyntax? body)
    {
        if (expressionBody is not null)
        {
            return expressionBody.Expression;
        }

        return body is { Statements.Count: 1 } && body.Statements[0] is ReturnStatementSyntax { Expression: { } returned }
            ? returned
            : null;
    }
}
