using System.Collections.Generic;
using System.Linq;
using Microsoft.CodeAnalysis;
using SecurityGate.Conventions;

namespace SecurityGate.Analyzers.SharedState;

/// <summary>
/// Reads tenant identifiers from types, by the names of <see cref="TenantIdentifiers"/> plus
/// <c>cache_security.tenant_identifiers</c>: whether a container's key separates tenants, and whether its values
/// belong to one tenant.
/// </summary>
internal static class TenantPartition
{
    /// <summary>
    /// True when the key separates tenants: a key type named as a tenant identifier (<c>TenantId</c>), or a tuple,
    /// record, class or struct with an element or member so named; or when each value is itself a container whose key
    /// separates tenants.
    /// </summary>
    public static bool IsPartitioned(SharedContainer container, IReadOnlyList<string> extraNames)
    {
        if (container.KeyType is { } key && IsTenantKey(key, extraNames))
        {
            return true;
        }

        return container.ValueType is { } value && SharedContainer.From(value) is { } inner && IsPartitioned(inner, extraNames);
    }

    /// <summary>
    /// Returns the path of a public instance member named as a tenant identifier (<c>Invoice.TenantId</c>) of the
    /// type or of the element type of a generic collection, or null.
    /// </summary>
    public static string? FindTenantMember(ITypeSymbol type, IReadOnlyList<string> extraNames)
    {
        var candidates = type is INamedTypeSymbol { IsGenericType: true } generic && IsSystemType(type)
            ? generic.TypeArguments.ToArray()
            : new[] { type };
        foreach (var candidate in candidates)
        {
            var member = DataMembers(candidate).FirstOrDefault(symbol => TenantIdentifiers.IsTenantIdentifier(symbol.Name, extraNames));
            if (member is not null)
            {
                return candidate.Name + "." + member.Name;
            }
        }

        return null;
    }

    private static bool IsTenantKey(ITypeSymbol key, IReadOnlyList<string> extraNames)
    {
        if (TenantIdentifiers.IsTenantIdentifier(key.Name, extraNames))
        {
            return true;
        }

        if (key is INamedTypeSymbol { IsTupleType: true } tuple)
        {
            return tuple.TupleElements.Any(element => TenantIdentifiers.IsTenantIdentifier(element.Name, extraNames) || TenantIdentifiers.IsTenantIdentifier(element.Type.Name, extraNames));
        }

        return DataMembers(key).Any(member => TenantIdentifiers.IsTenantIdentifier(member.Name, extraNames));
    }

    /// <summary>Returns the public instance properties and fields of a type outside the System namespaces.</summary>
    private static IEnumerable<ISymbol> DataMembers(ITypeSymbol type)
    {
        if (type.SpecialType != SpecialType.None || IsSystemType(type))
        {
            return Enumerable.Empty<ISymbol>();
        }

        return type.GetMembers().Where(member => !member.IsStatic && member.DeclaredAccessibility == Accessibility.Public
            && member is IPropertySymbol { IsIndexer: false } or IFieldSymbol { IsImplicitlyDeclared: false });
    }

    private static bool IsSystemType(ITypeSymbol type)
    {
        var namespaceName = type.ContainingNamespace?.ToDisplayString() ?? string.Empty;
        return namespaceName == "System" || namespaceName.StartsWith("System.", System.StringComparison.Ordinal);
    }
}
