using System.Linq;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.CSharp.Syntax;
using Microsoft.CodeAnalysis.Editing;
using Microsoft.CodeAnalysis.Simplification;
using Microsoft.CodeAnalysis.Text;

namespace SecurityGate.CodeFixes;

/// <summary>Syntax helpers shared by the fixes: find the reported key, and name a type so that its namespace is imported.</summary>
internal static class KeyExpressions
{
    /// <summary>Returns the expression that a diagnostic's span covers, looking through an argument, or null.</summary>
    public static ExpressionSyntax? AtSpan(SyntaxNode root, TextSpan span)
    {
        var node = root.FindNode(span, getInnermostNodeForTie: true);
        while (node is not null && node.Span == span && node is not ExpressionSyntax)
        {
            node = node is ArgumentSyntax argument ? argument.Expression : node.Parent;
        }

        // The innermost node of a tie can be a part of the expression, such as the first token's identifier.
        while (node?.Parent is ExpressionSyntax parent && parent.Span == span)
        {
            node = parent;
        }

        return node is ExpressionSyntax expression && expression.Span == span ? expression : null;
    }

    /// <summary>
    /// Returns the type as a fully qualified expression that the code action's clean-up shortens and whose
    /// namespace it imports with a <c>using</c> directive when the document has none.
    /// </summary>
    public static ExpressionSyntax TypeName(SyntaxGenerator generator, ITypeSymbol type)
        => ((ExpressionSyntax)generator.TypeExpression(type)).WithAdditionalAnnotations(Simplifier.Annotation, Simplifier.AddImportsAnnotation);

    /// <summary>Returns <c>Type.Member</c> with the type named as <see cref="TypeName"/> does.</summary>
    public static MemberAccessExpressionSyntax MemberOf(SyntaxGenerator generator, ITypeSymbol type, string member)
        => SyntaxFactory.MemberAccessExpression(SyntaxKind.SimpleMemberAccessExpression, TypeName(generator, type), SyntaxFactory.IdentifierName(member));

    /// <summary>Returns the call <c>target(arguments)</c>.</summary>
    public static InvocationExpressionSyntax Call(ExpressionSyntax target, params ArgumentSyntax[] arguments)
        => SyntaxFactory.InvocationExpression(target, SyntaxFactory.ArgumentList(SyntaxFactory.SeparatedList(arguments.AsEnumerable())));

    /// <summary>Wraps an expression in parentheses that the clean-up removes again where they are not needed.</summary>
    public static ExpressionSyntax Parenthesize(ExpressionSyntax expression)
        => SyntaxFactory.ParenthesizedExpression(expression.WithoutTrivia()).WithAdditionalAnnotations(Simplifier.Annotation);
}
