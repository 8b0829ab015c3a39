using System;
using System.Collections.Concurrent;
using System.Collections.Generic;
using System.Linq;
using System.Runtime.CompilerServices;
using Microsoft.CodeAnalysis;
using SecurityGate.Conventions;

namespace SecurityGate.Analyzers.SensitiveData;

/// <summary>
/// Finds the sensitive member of a type for one compilation, with the markers the runtime uses: a public
/// instance property or field whose name is sensitive (<see cref="SensitiveDataMarkers.IsSensitiveName"/>, not a
/// hash name), that carries a marker attribute (<see cref="SensitiveDataMarkers.AttributeNames"/> and subclasses of
/// <see cref="SensitiveDataMarkers.AttributeBaseTypeNames"/>), or whose type is <c>Protected&lt;T&gt;</c> or a
/// sensitive type, an array or a collection of one. A type with a marker attribute is sensitive as a whole.
/// Members are followed <see cref="MaxDepth"/> levels deep; results are cached per type and name list.
/// </summary>
internal sealed class SensitiveTypeGraph
{
    /// <summary>How many levels of nested member types are inspected below the value's own type.</summary>
    public const int MaxDepth = 3;

    private const string ProtectedTypeMetadataName = "SecurityGate.Runtime.Protected`1";

    private static readonly string[] IgnoreAttributeNames =
    {
        "System.Text.Json.Serialization.JsonIgnoreAttribute",
        "Newtonsoft.Json.JsonIgnoreAttribute",
        "System.Runtime.Serialization.IgnoreDataMemberAttribute",
    };

    private readonly INamedTypeSymbol? protectedType;
    private readonly ConcurrentDictionary<string, ConcurrentDictionary<ITypeSymbol, string?>> pathsByNameList = new(StringComparer.Ordinal);

    // Per record type: the names of its constructor parameters that carry a marker attribute. Each property of a
    // record is checked against them, and InstanceConstructors builds a new array on every call.
    private readonly ConcurrentDictionary<INamedTypeSymbol, HashSet<string>> markedParametersByRecord = new(SymbolEqualityComparer.Default);

    private static readonly ConditionalWeakTable<Compilation, SensitiveTypeGraph> Graphs = new();

    private SensitiveTypeGraph(Compilation compilation)
    {
        protectedType = compilation.GetTypeByMetadataName(ProtectedTypeMetadataName);
    }

    /// <summary>
    /// Returns the graph of a compilation, shared by the five analyzers that trace values, so each type is inspected
    /// once per compilation and name list rather than once per analyzer.
    /// </summary>
    public static SensitiveTypeGraph For(Compilation compilation) => Graphs.GetValue(compilation, created => new SensitiveTypeGraph(created));

    /// <summary>True when <paramref name="type"/> is the runtime's <c>Protected&lt;T&gt;</c>.</summary>
    public bool IsProtectedType(ITypeSymbol? type)
        => protectedType is not null && SymbolEqualityComparer.Default.Equals(type?.OriginalDefinition, protectedType);

    /// <summary>
    /// Returns the path to the first sensitive member, such as <c>UserSession.AccessToken</c> or
    /// <c>Customer.Payment.Iban</c>, the type's name when the type itself is marked, or null when nothing is sensitive.
    /// </summary>
    public string? FindSensitiveMember(ITypeSymbol type, IReadOnlyList<string> extraNames)
    {
        var byType = pathsByNameList.GetOrAdd(string.Join(",", extraNames), _ => new ConcurrentDictionary<ITypeSymbol, string?>(SymbolEqualityComparer.Default));
        return byType.GetOrAdd(type, key => Find(key, extraNames, 0));
    }

    /// <summary>True when <paramref name="name"/> marks a secret and not a hash of one (<c>passwordHash</c>).</summary>
    public static bool IsSecretName(string name, IReadOnlyList<string> extraNames)
        => SensitiveDataMarkers.IsSensitiveName(name, extraNames) && !SensitiveDataMarkers.IsHashedName(name);

    /// <summary>
    /// True when the member is sensitive by its own markers: its name, a marker attribute (on it or on its record
    /// parameter) or the type <c>Protected&lt;T&gt;</c>. Its type's members are not inspected.
    /// </summary>
    public bool IsSensitiveMember(ISymbol member, ITypeSymbol memberType, IReadOnlyList<string> extraNames)
        => IsSecretName(member.Name, extraNames) || HasMarkerAttribute(member) || HasMarkedRecordParameter(member) || IsProtectedType(memberType);

    private string? Find(ITypeSymbol type, IReadOnlyList<string> extraNames, int depth)
    {
        if (depth > MaxDepth)
        {
            return null;
        }

        if (type is INamedTypeSymbol { OriginalDefinition.SpecialType: SpecialType.System_Nullable_T } nullable)
        {
            type = nullable.TypeArguments[0];
        }

        if (IsProtectedType(type) || HasMarkerAttribute(type))
        {
            return NameOf(type);
        }

        var elementTypes = ElementTypes(type);
        if (elementTypes is not null)
        {
            return elementTypes.Select(element => Find(element, extraNames, depth + 1)).FirstOrDefault(path => path is not null);
        }

        if (IsLeaf(type))
        {
            return null;
        }

        foreach (var member in type.GetMembers())
        {
            var memberType = SerializedMemberType(member);
            if (memberType is null)
            {
                continue;
            }

            if (IsSensitiveMember(member, memberType, extraNames))
            {
                return NameOf(type) + "." + member.Name;
            }

            var nested = Find(memberType, extraNames, depth + 1);
            if (nested is not null)
            {
                return NameOf(type) + "." + member.Name + NestedSuffix(nested);
            }
        }

        return null;
    }

    private static string NameOf(ITypeSymbol type) => type.IsAnonymousType ? "<anonymous type>" : type.Name;

    /// <summary>Drops the nested type's name, so the path reads as members: <c>Customer.Payment.Iban</c>.</summary>
    private static string NestedSuffix(string nestedPath)
    {
        var dot = nestedPath.IndexOf('.');
        return dot < 0 ? string.Empty : nestedPath.Substring(dot);
    }

    /// <summary>Returns the type of a public instance property or field that serializers write, or null.</summary>
    private static ITypeSymbol? SerializedMemberType(ISymbol member)
    {
        if (member.IsStatic || member.DeclaredAccessibility != Accessibility.Public || member.IsImplicitlyDeclared
            || member.GetAttributes().Any(attribute => IgnoreAttributeNames.Contains(attribute.AttributeClass?.ToDisplayString())))
        {
            return null;
        }

        return member switch
        {
            IPropertySymbol { IsIndexer: false } property => property.Type,
            IFieldSymbol field => field.Type,
            _ => null,
        };
    }

    /// <summary>
    /// Returns the element types of an array or a generic collection (a dictionary's key and value types), or null
    /// for any other type.
    /// </summary>
    private static IEnumerable<ITypeSymbol>? ElementTypes(ITypeSymbol type)
    {
        if (type is IArrayTypeSymbol array)
        {
            return new[] { array.ElementType };
        }

        if (type is INamedTypeSymbol { IsGenericType: true } named
            && type.AllInterfaces.Any(implemented => implemented.SpecialType == SpecialType.System_Collections_IEnumerable))
        {
            return named.TypeArguments;
        }

        return null;
    }

    /// <summary>Types whose members are not data of the application: primitives, enums, delegates and types of the System namespaces.</summary>
    private static bool IsLeaf(ITypeSymbol type)
    {
        if (type.SpecialType != SpecialType.None || type.TypeKind is TypeKind.Enum or TypeKind.Delegate or TypeKind.Pointer or TypeKind.TypeParameter or TypeKind.Dynamic or TypeKind.Error)
        {
            return true;
        }

        var namespaceName = type.ContainingNamespace?.ToDisplayString() ?? string.Empty;
        return namespaceName == "System" || namespaceName.StartsWith("System.", StringComparison.Ordinal);
    }

    private static bool HasMarkerAttribute(ISymbol symbol)
        => symbol.GetAttributes().Any(attribute => IsMarkerAttribute(attribute.AttributeClass));

    /// <summary>
    /// True for a record's positional property whose primary constructor parameter carries the marker. An attribute
    /// that allows parameters, such as a data-classification attribute, stays on the parameter unless it is written
    /// with <c>property:</c>.
    /// </summary>
    private bool HasMarkedRecordParameter(ISymbol member)
    {
        if (member is not IPropertySymbol property || !property.ContainingType.IsRecord)
        {
            return false;
        }

        return markedParametersByRecord.GetOrAdd(property.ContainingType, MarkedParameterNames).Contains(property.Name);
    }

    private static HashSet<string> MarkedParameterNames(INamedTypeSymbol record)
    {
        var names = new HashSet<string>(StringComparer.Ordinal);
        foreach (var constructor in record.InstanceConstructors)
        {
            foreach (var parameter in constructor.Parameters)
            {
                if (HasMarkerAttribute(parameter))
                {
                    names.Add(parameter.Name);
                }
            }
        }

        return names;
    }

    private static bool IsMarkerAttribute(INamedTypeSymbol? attribute)
    {
        if (attribute is null)
        {
            return false;
        }

        if (SensitiveDataMarkers.AttributeNames.Contains(attribute.ToDisplayString()))
        {
            return true;
        }

        for (var baseType = attribute.BaseType; baseType is not null; baseType = baseType.BaseType)
        {
            if (SensitiveDataMarkers.AttributeBaseTypeNames.Contains(baseType.ToDisplayString()))
            {
                return true;
            }
        }

        return false;
    }
}
