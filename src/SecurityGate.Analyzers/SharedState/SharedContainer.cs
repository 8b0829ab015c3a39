using Microsoft.CodeAnalysis;

namespace SecurityGate.Analyzers.SharedState;

/// <summary>
/// A type that stores entries by key and so can mix tenants' data when one instance is shared: the generic
/// dictionaries (<c>Dictionary</c>, <c>ConcurrentDictionary</c>, <c>SortedDictionary</c>, <c>IDictionary</c>), whose
/// key and value types are known, and <c>Hashtable</c>, <c>MemoryCache</c> and <c>IMemoryCache</c>, whose values are
/// only known at the calls that write them. A <c>List&lt;T&gt;</c> of such a type counts as one too.
/// </summary>
internal sealed class SharedContainer
{
    private static readonly string[] GenericDictionaryNames =
    {
        "System.Collections.Generic.Dictionary<TKey, TValue>",
        "System.Collections.Generic.SortedDictionary<TKey, TValue>",
        "System.Collections.Generic.IDictionary<TKey, TValue>",
        "System.Collections.Concurrent.ConcurrentDictionary<TKey, TValue>",
    };

    private static readonly string[] UntypedContainerNames =
    {
        "System.Collections.Hashtable",
        "Microsoft.Extensions.Caching.Memory.MemoryCache",
        "Microsoft.Extensions.Caching.Memory.IMemoryCache",
        "System.Runtime.Caching.MemoryCache",
    };

    private SharedContainer(ITypeSymbol type, ITypeSymbol? keyType, ITypeSymbol? valueType)
    {
        Type = type;
        KeyType = keyType;
        ValueType = valueType;
    }

    /// <summary>The declared type of the field or property.</summary>
    public ITypeSymbol Type { get; }

    /// <summary>The key type of a generic dictionary; null when keys are untyped.</summary>
    public ITypeSymbol? KeyType { get; }

    /// <summary>The value type of a generic dictionary; null when values are untyped.</summary>
    public ITypeSymbol? ValueType { get; }

    /// <summary>Returns the container a declared type is, or null for any other type.</summary>
    public static SharedContainer? From(ITypeSymbol type)
    {
        var definition = type.OriginalDefinition.ToDisplayString();
        if (System.Array.IndexOf(GenericDictionaryNames, definition) >= 0 && type is INamedTypeSymbol { TypeArguments.Length: 2 } dictionary)
        {
            return new SharedContainer(type, dictionary.TypeArguments[0], dictionary.TypeArguments[1]);
        }

        if (System.Array.IndexOf(UntypedContainerNames, definition) >= 0)
        {
            return new SharedContainer(type, null, null);
        }

        if (definition == "System.Collections.Generic.List<T>" && type is INamedTypeSymbol { TypeArguments.Length: 1 } list)
        {
            var element = From(list.TypeArguments[0]);
            return element is null ? null : new SharedContainer(type, element.KeyType, element.ValueType);
        }

        return null;
    }
}
