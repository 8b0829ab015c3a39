using System.Collections.Generic;
using System.Linq;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Operations;

namespace SecurityGate.Analyzers.CacheKeys;

/// <summary>Folding of <c>string.Concat</c> and <c>string.Format</c> calls.</summary>
internal sealed partial class KeyFolder
{
    /// <summary>The value of <c>ArgumentKind.ParamCollection</c> in Roslyn 4.12 and later (C# 13 params collections).</summary>
    private const int ParamCollectionArgumentKind = 4;

    private void AppendInvocation(IInvocationOperation invocation, KeyTemplateBuilder builder, FoldState state)
    {
        var method = invocation.TargetMethod;
        if (method.IsStatic && method.ContainingType.SpecialType == SpecialType.System_String)
        {
            switch (method.Name)
            {
                case "Concat" when TryAppendConcat(invocation, builder, state):
                    return;
                case "Format" when TryAppendFormat(invocation, builder, state):
                    return;
            }
        }

        if (!TryAppendHelper(method, invocation, invocation.Arguments, builder, state))
        {
            builder.AppendHole(KeyPart.Hole(invocation));
        }
    }

    private bool TryAppendConcat(IInvocationOperation invocation, KeyTemplateBuilder builder, FoldState state)
    {
        var values = new List<IOperation>();
        foreach (var argument in invocation.Arguments.OrderBy(argument => argument.Parameter?.Ordinal ?? int.MaxValue))
        {
            if (!TryExpandArgument(argument, values))
            {
                return false;
            }
        }

        foreach (var value in values)
        {
            Append(value, builder, state);
        }

        return true;
    }

    /// <summary>
    /// Folds <c>string.Format</c> with a constant format: each <c>{n}</c> item takes the folded template of
    /// argument n. An item with an alignment or format specifier becomes a hole. A format that would throw
    /// leaves the whole call a hole.
    /// </summary>
    private bool TryAppendFormat(IInvocationOperation invocation, KeyTemplateBuilder builder, FoldState state)
    {
        string? format = null;
        var values = new List<IOperation>();
        foreach (var argument in invocation.Arguments.OrderBy(argument => argument.Parameter?.Ordinal ?? int.MaxValue))
        {
            var name = argument.Parameter?.Name;
            if (name == "format")
            {
                format = argument.Value.ConstantValue is { HasValue: true, Value: string text } ? text : null;
            }
            else if (name == "args" || (name is not null && name.StartsWith("arg", System.StringComparison.Ordinal)))
            {
                if (!TryExpandArgument(argument, values))
                {
                    return false;
                }
            }
        }

        if (format is null || !CompositeFormat.TryParse(format, out var pieces))
        {
            return false;
        }

        if (pieces.Any(piece => piece.Text is null && piece.ArgumentIndex >= values.Count))
        {
            return false;
        }

        foreach (var piece in pieces)
        {
            if (piece.Text is not null)
            {
                builder.AppendText(piece.Text);
            }
            else if (piece.HasAlignmentOrFormat)
            {
                builder.AppendHole(KeyPart.Hole(values[piece.ArgumentIndex]));
            }
            else
            {
                Append(values[piece.ArgumentIndex], builder, state);
            }
        }

        return true;
    }

    /// <summary>
    /// Adds the values an argument passes: the argument itself, or the elements of a <c>params</c> array.
    /// Returns false for a sequence whose elements cannot be seen (an array variable, an IEnumerable).
    /// </summary>
    private static bool TryExpandArgument(IArgumentOperation argument, List<IOperation> values)
    {
        var parameterType = argument.Parameter?.Type;
        if (parameterType is IArrayTypeSymbol)
        {
            if (argument.Value is IArrayCreationOperation { Initializer: { } initializer })
            {
                values.AddRange(initializer.ElementValues);
                return true;
            }

            return false;
        }

        if (parameterType is INamedTypeSymbol { Name: "ReadOnlySpan" } && (int)argument.ArgumentKind == ParamCollectionArgumentKind)
        {
            // NOTE: C# 13 binds string.Concat("a", "b", "c", "d", "e") to Concat(params ReadOnlySpan<string?>).
            // Roslyn 4.8, which this analyzer is built against, has no ICollectionExpressionOperation, so the
            // elements are read as the child operations of the collection. The unit tests compile with Roslyn 4.8
            // (C# 12) and do not reach this path. It was checked by hand with the .NET SDK 10.0.401 compiler.
            values.AddRange(argument.Value.ChildOperations);
            return true;
        }

        if (parameterType is INamedTypeSymbol { SpecialType: not SpecialType.System_Object } named
            && named.AllInterfaces.Any(implemented => implemented.SpecialType == SpecialType.System_Collections_IEnumerable)
            && named.SpecialType != SpecialType.System_String)
        {
            return false;
        }

        values.Add(argument.Value);
        return true;
    }
}
