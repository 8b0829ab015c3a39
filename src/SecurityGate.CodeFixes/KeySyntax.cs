using System.Collections.Generic;
using System.Collections.Immutable;
using System.Globalization;
using System.Threading;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.CSharp.Syntax;

namespace SecurityGate.CodeFixes;

/// <summary>
/// Reads a cache key expression into its parts when it has one of the three shapes a fix can rewrite: an
/// interpolated string (<c>$"orders:{tenantId}:{id}"</c>), a <c>string.Format</c> call with a constant format
/// (<c>string.Format("orders:{0}:{1}", tenantId, id)</c>) or a concatenation of strings
/// (<c>"orders:" + tenantId + ":" + id</c>). A hole with a constant string value counts as text.
/// </summary>
internal static class KeySyntax
{
    /// <summary>
    /// Returns the parts of <paramref name="key"/>, or an empty array when the key matches none of the three shapes, when an
    /// interpolation has an alignment or a format (<c>{id:D5}</c>), or when a format item is not a plain <c>{n}</c>.
    /// </summary>
    public static ImmutableArray<KeyPart> Read(ExpressionSyntax key, SemanticModel model, CancellationToken cancellationToken)
    {
        var parts = ImmutableArray.CreateBuilder<KeyPart>();
        var readable = key switch
        {
            InterpolatedStringExpressionSyntax interpolated => ReadInterpolation(interpolated, model, parts, cancellationToken),
            InvocationExpressionSyntax invocation => ReadFormatCall(invocation, model, parts, cancellationToken),
            BinaryExpressionSyntax binary when binary.IsKind(SyntaxKind.AddExpression) => ReadConcatenation(binary, model, parts, cancellationToken),
            _ => false,
        };

        return readable ? parts.ToImmutable() : ImmutableArray<KeyPart>.Empty;
    }

    private static bool ReadInterpolation(InterpolatedStringExpressionSyntax interpolated, SemanticModel model, ImmutableArray<KeyPart>.Builder parts, CancellationToken cancellationToken)
    {
        foreach (var content in interpolated.Contents)
        {
            switch (content)
            {
                case InterpolatedStringTextSyntax text:
                    parts.Add(KeyPart.ForText(text.TextToken.ValueText));
                    break;
                case InterpolationSyntax { AlignmentClause: null, FormatClause: null } hole:
                    AddValue(hole.Expression, model, parts, cancellationToken);
                    break;
                default:
                    return false;
            }
        }

        return true;
    }

    private static bool ReadFormatCall(InvocationExpressionSyntax invocation, SemanticModel model, ImmutableArray<KeyPart>.Builder parts, CancellationToken cancellationToken)
    {
        // Only string.Format(string format, params object[] args) with the arguments written out: the overloads
        // with an IFormatProvider put the format second, and an args array hides the values.
        if (model.GetSymbolInfo(invocation, cancellationToken).Symbol is not IMethodSymbol { Name: "Format" } method
            || method.ContainingType.SpecialType != SpecialType.System_String
            || method.Parameters.Length == 0
            || method.Parameters[0].Type.SpecialType != SpecialType.System_String)
        {
            return false;
        }

        var arguments = invocation.ArgumentList.Arguments;
        if (arguments.Count < 2 || arguments[1].Expression.IsKind(SyntaxKind.ArrayCreationExpression)
            || model.GetConstantValue(arguments[0].Expression, cancellationToken).Value is not string format)
        {
            return false;
        }

        var values = new List<ExpressionSyntax>();
        for (var index = 1; index < arguments.Count; index++)
        {
            values.Add(arguments[index].Expression);
        }

        return ReadFormat(format, values, model, parts, cancellationToken);
    }

    /// <summary>Splits a composite format into text and <c>{n}</c> items; <c>{{</c> and <c>}}</c> are literal braces.</summary>
    private static bool ReadFormat(string format, List<ExpressionSyntax> values, SemanticModel model, ImmutableArray<KeyPart>.Builder parts, CancellationToken cancellationToken)
    {
        var text = new System.Text.StringBuilder();
        var index = 0;
        while (index < format.Length)
        {
            var character = format[index];
            if ((character == '{' || character == '}') && index + 1 < format.Length && format[index + 1] == character)
            {
                text.Append(character);
                index += 2;
                continue;
            }

            if (character == '}')
            {
                return false;
            }

            if (character != '{')
            {
                text.Append(character);
                index++;
                continue;
            }

            var close = format.IndexOf('}', index);
            if (close < 0 || !int.TryParse(format.Substring(index + 1, close - index - 1), NumberStyles.None, CultureInfo.InvariantCulture, out var item) || item >= values.Count)
            {
                return false;
            }

            FlushText(text, parts);
            AddValue(values[item], model, parts, cancellationToken);
            index = close + 1;
        }

        FlushText(text, parts);
        return true;
    }

    private static bool ReadConcatenation(BinaryExpressionSyntax binary, SemanticModel model, ImmutableArray<KeyPart>.Builder parts, CancellationToken cancellationToken)
    {
        if (model.GetTypeInfo(binary, cancellationToken).Type?.SpecialType != SpecialType.System_String)
        {
            return false;
        }

        // A + B + C parses as (A + B) + C, so the left operand is read first.
        if (binary.Left is BinaryExpressionSyntax left && left.IsKind(SyntaxKind.AddExpression) && model.GetConstantValue(left, cancellationToken).Value is not string)
        {
            if (!ReadConcatenation(left, model, parts, cancellationToken))
            {
                return false;
            }
        }
        else
        {
            AddValue(binary.Left, model, parts, cancellationToken);
        }

        AddValue(binary.Right, model, parts, cancellationToken);
        return true;
    }

    private static void AddValue(ExpressionSyntax value, SemanticModel model, ImmutableArray<KeyPart>.Builder parts, CancellationToken cancellationToken)
    {
        if (model.GetConstantValue(value, cancellationToken).Value is string constant)
        {
            parts.Add(KeyPart.ForText(constant));
            return;
        }

        parts.Add(KeyPart.ForHole(value));
    }

    private static void FlushText(System.Text.StringBuilder text, ImmutableArray<KeyPart>.Builder parts)
    {
        if (text.Length > 0)
        {
            parts.Add(KeyPart.ForText(text.ToString()));
            text.Clear();
        }
    }
}
