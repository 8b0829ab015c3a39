using System.Collections.Immutable;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Operations;
using SecurityGate.Analyzers.Operations;

namespace SecurityGate.Analyzers.CacheKeys;

/// <summary>
/// Folding of small helper methods and properties in the same compilation: a body that is one expression
/// (<c>=&gt; expr</c>) or one <c>return expr;</c>. The helper's template is folded once with its parameters as
/// holes, memoized, and bound to each call's arguments.
/// </summary>
internal sealed partial class KeyFolder
{
    private bool TryAppendHelper(
        IMethodSymbol method,
        IOperation call,
        ImmutableArray<IArgumentOperation> arguments,
        KeyTemplateBuilder builder,
        FoldState state)
    {
        var template = GetHelperTemplate(method.OriginalDefinition, state);
        if (template is null)
        {
            return false;
        }

        var bound = new KeyTemplateBuilder();
        foreach (var part in template.Parts)
        {
            if (!part.IsHole)
            {
                bound.AppendText(part.Literal!);
            }
            else if (part.HelperParameter is { } parameter)
            {
                AppendArgument(parameter, call, arguments, bound, state);
            }
            else
            {
                bound.AppendHole(part);
            }
        }

        var result = bound.ToTemplate();
        if (!result.HasLiteral && result.Parts.Length == 1)
        {
            // A helper that only forwards one value (`string TenantId => tenant.Id;`) keeps its own name
            // as an alias, so the hole still reads as a tenant identifier.
            var memberName = method.AssociatedSymbol?.Name ?? method.Name;
            builder.AppendHole(result.Parts[0].WithAlias(memberName));
            return true;
        }

        builder.AppendTemplate(result);
        return true;
    }

    private void AppendArgument(
        IParameterSymbol parameter,
        IOperation call,
        ImmutableArray<IArgumentOperation> arguments,
        KeyTemplateBuilder builder,
        FoldState state)
    {
        IArgumentOperation? match = null;
        foreach (var argument in arguments.IsDefault ? ImmutableArray<IArgumentOperation>.Empty : arguments)
        {
            if (argument.Parameter?.Ordinal == parameter.Ordinal)
            {
                match = argument;
                break;
            }
        }

        if (match is null)
        {
            builder.AppendHole(KeyPart.Hole(call).WithAlias(parameter.Name));
            return;
        }

        var folded = new KeyTemplateBuilder();
        Append(match.Value, folded, state);
        var argumentTemplate = folded.ToTemplate();
        if (!argumentTemplate.HasLiteral && argumentTemplate.Parts.Length == 1)
        {
            builder.AppendHole(argumentTemplate.Parts[0].WithAlias(parameter.Name));
            return;
        }

        builder.AppendTemplate(argumentTemplate);
    }

    /// <summary>
    /// Returns the memoized template of a helper body with parameter holes, or null when the method is not a
    /// helper that can be followed (declared in metadata, not a single expression, too deep or recursive).
    /// </summary>
    private KeyTemplate? GetHelperTemplate(IMethodSymbol method, FoldState state)
    {
        if (helperTemplates.TryGetValue(method, out var memoized))
        {
            return memoized;
        }

        var body = SingleExpressionBody.Of(method);
        if (body is null)
        {
            return null;
        }

        if (state.HelperDepth >= MaxHelperDepth || state.HelpersInProgress.Contains(method))
        {
            state.Truncated = true;
            return null;
        }

        var operation = GetSemanticModel(body.SyntaxTree).GetOperation(body);
        if (operation is null)
        {
            return null;
        }

        var helperState = state.EnterHelper(method);
        var builder = new KeyTemplateBuilder();
        Append(operation, builder, helperState);
        var template = builder.ToTemplate();

        if (helperState.Truncated)
        {
            state.Truncated = true;
        }
        else
        {
            helperTemplates.TryAdd(method, template);
        }

        return template;
    }

    /// <summary>Returns one semantic model per helper tree, so the helpers of a file share its binding caches.</summary>
    private SemanticModel GetSemanticModel(SyntaxTree tree)
    {
        // RS1030 warns that Compilation.GetSemanticModel is costly. A helper may sit in another syntax tree,
        // whose model the operation context does not offer; the model is created once per tree and reused.
#pragma warning disable RS1030 // Do not invoke Compilation.GetSemanticModel() method within a diagnostic analyzer
        return semanticModels.GetOrAdd(tree, createSemanticModel);
#pragma warning restore RS1030
    }
}
