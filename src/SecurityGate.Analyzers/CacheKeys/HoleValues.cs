using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Operations;

namespace SecurityGate.Analyzers.CacheKeys;

/// <summary>Reads what a hole of a key template holds, for rules that judge holes by the name of their value.</summary>
internal static class HoleValues
{
    /// <summary>
    /// Looks through conversions, <c>ToString()</c>, the case and trim methods of <c>string</c> and
    /// <c>Nullable.Value</c> to the value that is written into the key: <c>tenantId.ToLowerInvariant()</c> is still the tenant.
    /// </summary>
    public static IOperation? Unwrap(IOperation? operation)
    {
        var current = operation;
        while (true)
        {
            switch (current)
            {
                case IConversionOperation conversion:
                    current = conversion.Operand;
                    continue;
                case IInvocationOperation { TargetMethod.Name: "ToString", Instance: { } instance }:
                    current = instance;
                    continue;
                case IInvocationOperation { Instance: { } instance } call when IsTextKeepingStringMethod(call.TargetMethod):
                    current = instance;
                    continue;
                case IPropertyReferenceOperation { Property.Name: "Value", Instance: { } instance }
                    when instance.Type?.OriginalDefinition.SpecialType == SpecialType.System_Nullable_T:
                    current = instance;
                    continue;
                default:
                    return current;
            }
        }
    }

    /// <summary>
    /// Returns the name of the variable, member or method whose value <paramref name="operation"/> is, or null.
    /// A member named <c>Value</c> takes its receiver's name, so <c>apiKey.Value</c> reads as <c>apiKey</c>.
    /// </summary>
    public static string? NameOf(IOperation? operation) => Unwrap(operation) switch
    {
        ILocalReferenceOperation local => local.Local.Name,
        IParameterReferenceOperation parameter => parameter.Parameter.Name,
        IMemberReferenceOperation { Member.Name: "Value", Instance: { } receiver } => NameOf(receiver),
        IMemberReferenceOperation member => member.Member.Name,
        IInvocationOperation invocation => invocation.TargetMethod.Name,
        _ => null,
    };

    private static bool IsTextKeepingStringMethod(IMethodSymbol method)
        => method.ContainingType.SpecialType == SpecialType.System_String
            && method.Name is "ToLower" or "ToLowerInvariant" or "ToUpper" or "ToUpperInvariant" or "Trim";
}
