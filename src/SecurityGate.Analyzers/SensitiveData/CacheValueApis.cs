using System.Collections.Immutable;
using SecurityGate.Analyzers.CacheKeys;

namespace SecurityGate.Analyzers.SensitiveData;

/// <summary>
/// The cache writes whose value argument CSG010 checks, as entries of the key table's shape whose parameter is
/// the value (or, for <c>HybridCache.GetOrCreateAsync</c>, the factory that produces it), so
/// <see cref="CacheApiResolver"/> resolves them. Line numbers are positions in this list.
/// </summary>
internal static class CacheValueApis
{
    private static readonly (string Type, string Method, string Parameter)[] Writes =
    {
        ("Microsoft.Extensions.Caching.Distributed.IDistributedCache", "Set", "value"),
        ("Microsoft.Extensions.Caching.Distributed.IDistributedCache", "SetAsync", "value"),
        ("Microsoft.Extensions.Caching.Distributed.DistributedCacheExtensions", "Set", "value"),
        ("Microsoft.Extensions.Caching.Distributed.DistributedCacheExtensions", "SetAsync", "value"),
        ("Microsoft.Extensions.Caching.Distributed.DistributedCacheExtensions", "SetString", "value"),
        ("Microsoft.Extensions.Caching.Distributed.DistributedCacheExtensions", "SetStringAsync", "value"),
        ("Microsoft.Extensions.Caching.Memory.CacheExtensions", "Set", "value"),
        ("Microsoft.Extensions.Caching.Memory.CacheEntryExtensions", "SetValue", "value"),
        ("Microsoft.Extensions.Caching.Hybrid.HybridCache", "SetAsync", "value"),
        ("Microsoft.Extensions.Caching.Hybrid.HybridCache", "GetOrCreateAsync", "factory"),
        ("StackExchange.Redis.IDatabase", "StringSet", "value"),
        ("StackExchange.Redis.IDatabase", "StringSetAndGet", "value"),
        ("StackExchange.Redis.IDatabase", "StringGetSet", "value"),
        ("StackExchange.Redis.IDatabase", "HashSet", "value"),
        ("StackExchange.Redis.IDatabaseAsync", "StringSetAsync", "value"),
        ("StackExchange.Redis.IDatabaseAsync", "StringSetAndGetAsync", "value"),
        ("StackExchange.Redis.IDatabaseAsync", "StringGetSetAsync", "value"),
        ("StackExchange.Redis.IDatabaseAsync", "HashSetAsync", "value"),
    };

    /// <summary>The entries, in list order.</summary>
    public static ImmutableArray<CacheApiEntry> Entries { get; } = TableEntries.Create(Writes);

    /// <summary>
    /// True for the APIs of <c>Microsoft.Extensions.Caching.Memory</c>, which keep the object itself in process
    /// memory, so a <c>Protected&lt;T&gt;</c> stays encrypted there. Every other API serializes the value.
    /// </summary>
    public static bool StoresObjects(CacheApiEntry entry)
        => entry.TypeMetadataName.StartsWith("Microsoft.Extensions.Caching.Memory.", System.StringComparison.Ordinal);
}
