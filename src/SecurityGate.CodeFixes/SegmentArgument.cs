using System.Linq;
using System.Threading;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.CSharp.Syntax;
using Microsoft.CodeAnalysis.Editing;

namespace SecurityGate.CodeFixes;

/// <summary>Turns a key segment into a string argument of <c>CacheKey.Create</c>.</summary>
internal static class SegmentArgument
{
    /// <summary>
    /// Returns a literal for text, the hole itself for a string, <c>value.ToString(CultureInfo.InvariantCulture)</c>
    /// for a type with that overload (numbers, dates) and <c>value.ToString()</c> for any other type. The invariant
    /// culture makes the key the same on every server, where the interpolated string used the current culture.
    /// </summary>
    public static ExpressionSyntax For(KeyPart segment, SemanticModel model, SyntaxGenerator generator, CancellationToken cancellationToken)
    {
        if (segment.Hole is not { } hole)
        {
            return SyntaxFactory.LiteralExpression(SyntaxKind.StringLiteralExpression, SyntaxFactory.Literal(segment.Text!));
        }

        var type = model.GetTypeInfo(hole, cancellationToken).Type;
        var value = hole.WithoutTrivia();
        if (type is null || type.SpecialType == SpecialType.System_String)
        {
            return value;
        }

        var toString = SyntaxFactory.MemberAccessExpression(SyntaxKind.SimpleMemberAccessExpression, KeyExpressions.Parenthesize(value), SyntaxFactory.IdentifierName("ToString"));
        var cultureInfo = model.Compilation.GetTypeByMetadataName("System.Globalization.CultureInfo");
        var formatProvider = model.Compilation.GetTypeByMetadataName("System.IFormatProvider");
        if (cultureInfo is not null && formatProvider is not null && HasOverloadTaking(type, formatProvider))
        {
            return KeyExpressions.Call(toString, SyntaxFactory.Argument(KeyExpressions.MemberOf(generator, cultureInfo, "InvariantCulture")));
        }

        return KeyExpressions.Call(toString);
    }

    /// <summary>True when the type has a public instance <c>ToString</c> whose only parameter is <paramref name="parameterType"/>.</summary>
    private static bool HasOverloadTaking(ITypeSymbol type, ITypeSymbol parameterType)
        => type.GetMembers("ToString").OfType<IMethodSymbol>().Any(method =>
            !method.IsStatic
            && method.DeclaredAccessibility == Accessibility.Public
            && method.Parameters.Length == 1
            && SymbolEqualityComparer.Default.Equals(method.Parameters[0].Type, parameterType));
}
