using Microsoft.CodeAnalysis;

namespace SecurityGate.Analyzers.SensitiveData;

/// <summary>Names of symbols as configuration and tables write them.</summary>
internal static class SymbolNames
{
    private static readonly SymbolDisplayFormat FullNameFormat = new(
        typeQualificationStyle: SymbolDisplayTypeQualificationStyle.NameAndContainingTypesAndNamespaces,
        genericsOptions: SymbolDisplayGenericsOptions.None);

    /// <summary>Returns the namespace-qualified name of a type without type parameters, such as <c>System.Text.Json.JsonSerializer</c>.</summary>
    public static string FullName(ITypeSymbol type) => type.ToDisplayString(FullNameFormat);
}
