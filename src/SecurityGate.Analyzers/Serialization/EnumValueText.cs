using System;
using System.Globalization;
using Microsoft.CodeAnalysis;

namespace SecurityGate.Analyzers.Serialization;

/// <summary>Writes an enum constant as the source would name it, for messages and evidence.</summary>
internal static class EnumValueText
{
    /// <summary>
    /// Returns <c>TypeNameHandling.All</c> for a value that a member of <paramref name="enumType"/> has, or
    /// <c>(TypeNameHandling)5</c> when no member has it.
    /// </summary>
    public static string Format(INamedTypeSymbol enumType, object value)
    {
        var number = Convert.ToInt64(value, CultureInfo.InvariantCulture);
        foreach (var member in enumType.GetMembers())
        {
            if (member is IFieldSymbol { HasConstantValue: true } field
                && Convert.ToInt64(field.ConstantValue, CultureInfo.InvariantCulture) == number)
            {
                return enumType.Name + "." + field.Name;
            }
        }

        return "(" + enumType.Name + ")" + number.ToString(CultureInfo.InvariantCulture);
    }
}
