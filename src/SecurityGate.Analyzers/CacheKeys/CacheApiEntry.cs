namespace SecurityGate.Analyzers.CacheKeys;

/// <summary>One line of the cache API table: a method whose key, tag, prefix or pattern argument the key rules check.</summary>
internal sealed class CacheApiEntry
{
    public CacheApiEntry(string typeMetadataName, string methodName, string keyParameterName, int lineNumber, CacheApiKind kind = CacheApiKind.Key, int unboundPosition = 0)
    {
        TypeMetadataName = typeMetadataName;
        MethodName = methodName;
        KeyParameterName = keyParameterName;
        LineNumber = lineNumber;
        Kind = kind;
        UnboundPosition = unboundPosition;
    }

    /// <summary>The metadata name of the type that declares the method, for example <c>StackExchange.Redis.IDatabase</c>.</summary>
    public string TypeMetadataName { get; }

    public string MethodName { get; }

    /// <summary>The name of the checked parameter; overloads without a parameter of this name are not checked.</summary>
    public string KeyParameterName { get; }

    /// <summary>What the checked parameter names: a key, a tag, a prefix or a pattern.</summary>
    public CacheApiKind Kind { get; }

    /// <summary>
    /// The checked argument's 0-based index among the positional arguments after the receiver, used when a call does
    /// not bind and its parameters are unknown (folder mode). A key comes first in every table API.
    /// </summary>
    public int UnboundPosition { get; }

    /// <summary>The 1-based line of the entry in the table, for error messages.</summary>
    public int LineNumber { get; }

    /// <summary>
    /// The short API name used in messages and evidence, for example <c>IDistributedCache.GetString</c>; a generic
    /// type loses its arity (<c>ICache`1</c> reads <c>ICache</c>).
    /// </summary>
    public string DisplayName => ShortTypeName + "." + MethodName;

    private string ShortTypeName
    {
        get
        {
            var name = TypeMetadataName.Substring(TypeMetadataName.LastIndexOf('.') + 1);
            var arity = name.IndexOf('`');
            return arity < 0 ? name : name.Substring(0, arity);
        }
    }
}
