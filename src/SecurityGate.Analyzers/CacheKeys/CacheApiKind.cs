namespace SecurityGate.Analyzers.CacheKeys;

/// <summary>What the checked argument of a cache API names: one entry, a set of entries to invalidate or list, or a written value.</summary>
internal enum CacheApiKind
{
    /// <summary>The key of one entry, checked by CSG001, CSG002, CSG003 and CSG012.</summary>
    Key,

    /// <summary>A tag that invalidates every entry carrying it, checked by CSG004.</summary>
    Tag,

    /// <summary>A key prefix that invalidates every entry whose key starts with it, checked by CSG004.</summary>
    Prefix,

    /// <summary>A glob pattern that lists every key it matches, checked by CSG004.</summary>
    Pattern,

    /// <summary>The value a write stores, checked by CSG010; only a project's <c>cache-security-apis.txt</c> declares these.</summary>
    Value,
}
