using System;
using System.Collections.Concurrent;
using System.Globalization;
using System.Runtime.CompilerServices;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Operations;
using SecurityGate.Analyzers.Operations;

namespace SecurityGate.Analyzers.CacheKeys;

/// <summary>
/// Folds a key expression into a <see cref="KeyTemplate"/> for one compilation. What is followed, and what
/// turns into a hole, is listed in <c>docs/key-folding.md</c>; the two must change together.
/// Helper templates and key templates are memoized per compilation, and the five cache-key analyzers share one
/// folder per compilation (<see cref="For"/>), so each key and each helper body is folded once, not once per rule.
/// </summary>
internal sealed partial class KeyFolder
{
    /// <summary>How many nested helper methods a fold follows before the rest of the key becomes a hole.</summary>
    public const int MaxHelperDepth = 3;

    /// <summary>How many nested locals a fold follows into their initializers.</summary>
    public const int MaxLocalDepth = 16;

    private readonly Compilation compilation;
    private readonly INamedTypeSymbol? redisKeyType;
    private readonly INamedTypeSymbol? redisValueType;
    private readonly ConcurrentDictionary<IMethodSymbol, KeyTemplate> helperTemplates = new(SymbolEqualityComparer.Default);
    private readonly ConcurrentDictionary<SyntaxTree, SemanticModel> semanticModels = new();
    private readonly Func<SyntaxTree, SemanticModel> createSemanticModel;

    // Keyed by the key expression's syntax and operation kind: every analyzer sees the same syntax for one key, and
    // the fold of a key depends only on its own block, so the first analyzer's result serves the others.
    private readonly ConcurrentDictionary<(SyntaxNode Syntax, OperationKind Kind), KeyTemplate> keyTemplates = new();

    private static readonly ConditionalWeakTable<Compilation, KeyFolder> Folders = new();

    /// <summary>Returns the folder of a compilation, shared by all analyzers that run on it.</summary>
    public static KeyFolder For(Compilation compilation) => Folders.GetValue(compilation, created => new KeyFolder(created));

    private KeyFolder(Compilation compilation)
    {
        this.compilation = compilation;
        redisKeyType = compilation.GetTypeByMetadataName("StackExchange.Redis.RedisKey");
        redisValueType = compilation.GetTypeByMetadataName("StackExchange.Redis.RedisValue");
        createSemanticModel = tree => compilation.GetSemanticModel(tree);
    }

    /// <summary>
    /// Folds the value of a key argument. Returns <see cref="KeyTemplate.Undetermined"/> when the template has
    /// no literal text: the key is then a parameter, a field, a call into metadata or a mix of such holes,
    /// and its shape is not guessed at.
    /// </summary>
    public KeyTemplate Fold(IOperation keyValue, LocalAssignmentsCache locals)
    {
        var template = FoldParts(keyValue, locals);
        return template.HasLiteral ? template : KeyTemplate.Undetermined;
    }

    /// <summary>
    /// Folds the value of a key argument and returns the template even when it has no literal text, for
    /// rules that judge the holes themselves.
    /// </summary>
    public KeyTemplate FoldParts(IOperation keyValue, LocalAssignmentsCache locals)
    {
        if (keyTemplates.TryGetValue((keyValue.Syntax, keyValue.Kind), out var cached))
        {
            return cached;
        }

        var builder = new KeyTemplateBuilder();
        Append(keyValue, builder, FoldState.AtCallSite(locals));
        var template = builder.ToTemplate();
        keyTemplates.TryAdd((keyValue.Syntax, keyValue.Kind), template);
        return template;
    }

    private void Append(IOperation operation, KeyTemplateBuilder builder, FoldState state)
    {
        if (TryAppendConstant(operation, builder))
        {
            return;
        }

        switch (operation)
        {
            case IConversionOperation conversion when IsTextPreserving(conversion):
                Append(conversion.Operand, builder, state);
                return;

            case IBinaryOperation { OperatorKind: BinaryOperatorKind.Add } addition when IsKeyConcatenation(addition):
                Append(addition.LeftOperand, builder, state);
                Append(addition.RightOperand, builder, state);
                return;

            case IInterpolatedStringOperation interpolation:
                AppendInterpolation(interpolation, builder, state);
                return;

            // An interpolated string passed to a handler parameter, such as HybridCache.GetOrCreateAsync's
            // `ref DefaultInterpolatedStringHandler key` overload in Microsoft.Extensions.Caching.Abstractions 10.
            case IInterpolatedStringHandlerCreationOperation handler:
                Append(handler.Content, builder, state);
                return;

            case IInvocationOperation invocation:
                AppendInvocation(invocation, builder, state);
                return;

            case IPropertyReferenceOperation { Property.IsIndexer: false, Property.GetMethod: { } getter } property:
                if (!TryAppendHelper(getter, property, arguments: default, builder, state))
                {
                    builder.AppendHole(KeyPart.Hole(operation));
                }

                return;

            case ILocalReferenceOperation local:
                AppendLocal(local, builder, state);
                return;

            case IParameterReferenceOperation parameter
                when state.Helper is not null && SymbolEqualityComparer.Default.Equals(parameter.Parameter.ContainingSymbol, state.Helper):
                builder.AppendHole(KeyPart.ParameterHole(parameter.Parameter, operation));
                return;

            default:
                builder.AppendHole(KeyPart.Hole(operation));
                return;
        }
    }

    /// <summary>
    /// Appends the text of a constant that string concatenation renders the same in every culture:
    /// strings, characters, integers and booleans. Enum constants are left as holes because their
    /// constant value is the number, not the name that concatenation writes.
    /// </summary>
    private static bool TryAppendConstant(IOperation operation, KeyTemplateBuilder builder)
    {
        if (!operation.ConstantValue.HasValue || operation.Type?.TypeKind == TypeKind.Enum)
        {
            return false;
        }

        string? text = operation.ConstantValue.Value switch
        {
            null => string.Empty,
            string value => value,
            char value => value.ToString(),
            bool value => value ? bool.TrueString : bool.FalseString,
            sbyte or byte or short or ushort or int or uint or long or ulong => Convert.ToString(operation.ConstantValue.Value, CultureInfo.InvariantCulture),
            _ => null,
        };

        if (text is null)
        {
            return false;
        }

        builder.AppendText(text);
        return true;
    }

    /// <summary>
    /// True for conversions that keep the text of the value: built-in ones (boxing to object, reference and
    /// identity conversions) and the conversions of <c>RedisKey</c> and <c>RedisValue</c> (a key pattern) from <c>string</c>.
    /// </summary>
    private bool IsTextPreserving(IConversionOperation conversion)
    {
        var operatorMethod = conversion.OperatorMethod;
        if (operatorMethod is null)
        {
            return conversion.Operand.Type?.SpecialType is not (SpecialType.System_Single or SpecialType.System_Double or SpecialType.System_Decimal);
        }

        var owner = operatorMethod.ContainingType;
        return (SymbolEqualityComparer.Default.Equals(owner, redisKeyType) || SymbolEqualityComparer.Default.Equals(owner, redisValueType))
            && operatorMethod.Parameters.Length == 1
            && operatorMethod.Parameters[0].Type.SpecialType == SpecialType.System_String;
    }

    private bool IsKeyConcatenation(IBinaryOperation addition)
    {
        if (addition.Type?.SpecialType == SpecialType.System_String)
        {
            return true;
        }

        return redisKeyType is not null
            && addition.OperatorMethod is not null
            && SymbolEqualityComparer.Default.Equals(addition.OperatorMethod.ContainingType, redisKeyType);
    }

    private void AppendInterpolation(IInterpolatedStringOperation interpolation, KeyTemplateBuilder builder, FoldState state)
    {
        foreach (var part in interpolation.Parts)
        {
            switch (part)
            {
                case IInterpolatedStringTextOperation { Text.ConstantValue: { HasValue: true, Value: string text } }:
                    builder.AppendText(text);
                    break;
                case IInterpolationOperation { Alignment: null, FormatString: null } hole:
                    Append(hole.Expression, builder, state);
                    break;
                case IInterpolationOperation formatted:
                    builder.AppendHole(KeyPart.Hole(formatted.Expression));
                    break;
                case IInterpolatedStringAppendOperation handlerPart:
                    AppendHandlerPart(handlerPart, builder, state);
                    break;
                default:
                    builder.AppendHole(KeyPart.Hole(part));
                    break;
            }
        }
    }

    /// <summary>
    /// Appends one part of an interpolated string built by a handler: <c>AppendLiteral("text")</c> is text, and
    /// <c>AppendFormatted(value)</c> without alignment or format folds its value as a plain hole would.
    /// </summary>
    private void AppendHandlerPart(IInterpolatedStringAppendOperation part, KeyTemplateBuilder builder, FoldState state)
    {
        if (part.AppendCall is not IInvocationOperation { Arguments.Length: 1 } call)
        {
            builder.AppendHole(KeyPart.Hole(part));
            return;
        }

        var value = call.Arguments[0].Value;
        if (part.Kind == OperationKind.InterpolatedStringAppendLiteral && value.ConstantValue is { HasValue: true, Value: string text })
        {
            builder.AppendText(text);
        }
        else if (part.Kind == OperationKind.InterpolatedStringAppendFormatted)
        {
            Append(value, builder, state);
        }
        else
        {
            builder.AppendHole(KeyPart.Hole(part));
        }
    }

    private void AppendLocal(ILocalReferenceOperation local, KeyTemplateBuilder builder, FoldState state)
    {
        var value = state.LocalDepth < MaxLocalDepth ? state.Locals.For(local).SingleAssignedValue(local.Local) : null;
        if (value is null)
        {
            builder.AppendHole(KeyPart.Hole(local));
            return;
        }

        state.LocalDepth++;
        Append(value, builder, state);
        state.LocalDepth--;
    }
}
