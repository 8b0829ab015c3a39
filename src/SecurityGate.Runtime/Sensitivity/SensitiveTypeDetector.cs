using System;
using System.Collections;
using System.Collections.Concurrent;
using System.Collections.Generic;
using System.Linq;
using System.Reflection;
using SecurityGate.Conventions;

namespace SecurityGate.Runtime;

/// <summary>
/// Decides whether a type or member contains sensitive data, from the markers in <see cref="SensitiveDataMarkers"/>:
/// member names, <see cref="SensitiveAttribute"/>, <c>[PersonalData]</c> and data-classification attributes,
/// and <see cref="Protected{T}"/> members. Each type is inspected once, and the result is cached.
/// </summary>
/// <remarks>
/// A type is sensitive when it carries a marker attribute itself, or one of its public instance properties or
/// fields (the members System.Text.Json writes) is sensitive. A member is sensitive when its name or attributes
/// mark it, when its type is <see cref="Protected{T}"/>, or when its type, an array element type or a collection
/// element type is a sensitive type. Attributes are matched by full name, so the runtime needs no reference to
/// ASP.NET Core Identity or Microsoft.Extensions.Compliance.
/// </remarks>
public sealed class SensitiveTypeDetector
{
    private readonly ConcurrentDictionary<Type, bool> types = new();
    private readonly string[] extraNameFragments;

    /// <summary>Creates a detector that adds <paramref name="extraNameFragments"/> to the default name fragments.</summary>
    public SensitiveTypeDetector(IEnumerable<string>? extraNameFragments = null)
    {
        this.extraNameFragments = extraNameFragments?.Where(fragment => !string.IsNullOrWhiteSpace(fragment)).ToArray() ?? Array.Empty<string>();
    }

    /// <summary>A detector with the default markers only.</summary>
    public static SensitiveTypeDetector Default { get; } = new();

    /// <summary>Returns true when values of <paramref name="type"/> hold sensitive data.</summary>
    public bool IsSensitive(Type type)
    {
        ArgumentNullException.ThrowIfNull(type);
        return types.TryGetValue(type, out var sensitive) ? sensitive : types.GetOrAdd(type, Inspect(type, new HashSet<Type>()));
    }

    /// <summary>Returns true when the member is sensitive by its name, its attributes or its type.</summary>
    public bool IsSensitiveMember(MemberInfo member)
    {
        ArgumentNullException.ThrowIfNull(member);
        return IsMarkedMember(member) || IsSensitiveMemberType(MemberType(member), new HashSet<Type>());
    }

    /// <summary>Returns true when the member's name or attributes mark it, without looking at its type.</summary>
    public bool IsMarkedMember(MemberInfo member)
    {
        ArgumentNullException.ThrowIfNull(member);
        return SensitiveDataMarkers.IsSensitiveName(member.Name, extraNameFragments) || HasMarkerAttribute(member);
    }

    /// <summary>Returns true when <paramref name="type"/> is <see cref="Protected{T}"/>.</summary>
    public static bool IsProtectedType(Type type) => type.IsGenericType && type.GetGenericTypeDefinition() == typeof(Protected<>);

    private bool Inspect(Type type, HashSet<Type> visiting)
    {
        if (IsProtectedType(type) || HasMarkerAttribute(type))
        {
            return true;
        }

        if (IsLeafType(type) || !visiting.Add(type))
        {
            return false;
        }

        var elementType = ElementType(type);
        if (elementType is not null)
        {
            return IsSensitiveMemberType(elementType, visiting);
        }

        const BindingFlags Flags = BindingFlags.Public | BindingFlags.Instance;
        var members = type.GetProperties(Flags).Where(property => property.GetIndexParameters().Length == 0).Cast<MemberInfo>()
            .Concat(type.GetFields(Flags));
        return members.Any(member => IsMarkedMember(member) || IsSensitiveMemberType(MemberType(member), visiting));
    }

    private bool IsSensitiveMemberType(Type type, HashSet<Type> visiting)
    {
        var underlying = Nullable.GetUnderlyingType(type) ?? type;
        if (types.TryGetValue(underlying, out var known))
        {
            return known;
        }

        return Inspect(underlying, visiting);
    }

    private static bool HasMarkerAttribute(MemberInfo member)
    {
        foreach (var attribute in member.GetCustomAttributes(inherit: true))
        {
            var attributeType = attribute.GetType();
            if (SensitiveDataMarkers.AttributeNames.Contains(attributeType.FullName))
            {
                return true;
            }

            for (var baseType = attributeType.BaseType; baseType is not null; baseType = baseType.BaseType)
            {
                if (SensitiveDataMarkers.AttributeBaseTypeNames.Contains(baseType.FullName))
                {
                    return true;
                }
            }
        }

        return false;
    }

    private static bool IsLeafType(Type type) =>
        type.IsPrimitive || type.IsEnum || type == typeof(string) || type == typeof(decimal) || type == typeof(DateTime) ||
        type == typeof(DateTimeOffset) || type == typeof(TimeSpan) || type == typeof(Guid) || type == typeof(Uri) ||
        type == typeof(object) || type.IsPointer || typeof(Delegate).IsAssignableFrom(type) || type.Namespace?.StartsWith("System.Reflection", StringComparison.Ordinal) == true;

    private static Type? ElementType(Type type)
    {
        if (type.IsArray)
        {
            return type.GetElementType();
        }

        if (!typeof(IEnumerable).IsAssignableFrom(type))
        {
            return null;
        }

        // For dictionaries the value type carries the data, and IEnumerable<KeyValuePair<K, V>> reaches it through V.
        var enumerable = type.GetInterfaces().Append(type)
            .FirstOrDefault(candidate => candidate.IsGenericType && candidate.GetGenericTypeDefinition() == typeof(IEnumerable<>));
        var item = enumerable?.GetGenericArguments()[0];
        if (item is { IsGenericType: true } && item.GetGenericTypeDefinition() == typeof(KeyValuePair<,>))
        {
            return item.GetGenericArguments()[1];
        }

        return item ?? typeof(object);
    }

    private static Type MemberType(MemberInfo member) => member switch
    {
        PropertyInfo property => property.PropertyType,
        FieldInfo field => field.FieldType,
        _ => typeof(object),
    };
}
