using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Operations;

namespace SecurityGate.Analyzers.Operations;

/// <summary>Small navigation helpers over <see cref="IOperation"/> trees.</summary>
internal static class OperationHelpers
{
    /// <summary>Returns the operand under any chain of conversions.</summary>
    public static IOperation WithoutConversions(this IOperation operation)
    {
        var current = operation;
        while (current is IConversionOperation conversion)
        {
            current = conversion.Operand;
        }

        return current;
    }

    /// <summary>Returns the top of the operation tree: the body or initializer of the member.</summary>
    public static IOperation Root(this IOperation operation)
    {
        var current = operation;
        while (current.Parent is not null)
        {
            current = current.Parent;
        }

        return current;
    }
}
