using System.Collections.Generic;
using System.Linq;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp.Syntax;
using Microsoft.CodeAnalysis.Operations;
using SecurityGate.Analyzers.Operations;

namespace SecurityGate.Analyzers.CacheKeys;

/// <summary>The values a checked argument passes: the argument itself, or the elements of a sequence of tags.</summary>
internal static class KeyArgumentValues
{
    /// <summary>
    /// Returns the argument's value, or for a sequence parameter (<c>IEnumerable&lt;string&gt; tags</c>) the elements
    /// of an array creation with an initializer or of a collection expression. A sequence whose elements cannot be
    /// seen (a variable, a LINQ query) returns nothing.
    /// </summary>
    public static IEnumerable<IOperation> Of(IArgumentOperation argument)
    {
        if (!IsSequence(argument.Parameter?.Type))
        {
            return new[] { argument.Value };
        }

        var value = argument.Value.WithoutConversions();
        if (value is IArrayCreationOperation { Initializer: { } initializer })
        {
            return initializer.ElementValues;
        }

        // Roslyn 4.8, which this analyzer is built against, has no ICollectionExpressionOperation, so the
        // elements of `["a", "b"]` are read as the child operations of the collection.
        if (value.Syntax is CollectionExpressionSyntax)
        {
            return value.ChildOperations.ToArray();
        }

        return System.Array.Empty<IOperation>();
    }

    private static bool IsSequence(ITypeSymbol? type)
        => type is not null
            && type.SpecialType != SpecialType.System_String
            && (type is IArrayTypeSymbol || type.AllInterfaces.Any(implemented => implemented.SpecialType == SpecialType.System_Collections_IEnumerable)
                || type.SpecialType == SpecialType.System_Collections_IEnumerable
                || type.OriginalDefinition.SpecialType == SpecialType.System_Collections_Generic_IEnumerable_T);
}
