using System.Collections.Immutable;
using SecurityGate.Analyzers.CacheKeys;

namespace SecurityGate.Analyzers.SensitiveData;

/// <summary>
/// The cache writes whose value argument CSG010 checks, as entries of the key table's shape whose parameter is
/// the value (or, for <c>HybridCache.GetOrCreateAsync</c> and the other get-or-set methods, the factory that
/// produces it), so <see cref="CacheApiResolver"/> resolves them. Line numbers are positions in this list.
/// Overloads that write an array of values (<c>SetAdd(key, RedisValue[] values)</c>) are not listed.
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
        ("StackExchange.Redis.IDatabase", "ListLeftPush", "value"),
        ("StackExchange.Redis.IDatabase", "ListRightPush", "value"),
        ("StackExchange.Redis.IDatabase", "ListSetByIndex", "value"),
        ("StackExchange.Redis.IDatabase", "SetAdd", "value"),
        ("StackExchange.Redis.IDatabase", "SortedSetAdd", "member"),
        ("StackExchange.Redis.IDatabase", "StreamAdd", "streamValue"),
        ("StackExchange.Redis.IDatabaseAsync", "ListLeftPushAsync", "value"),
        ("StackExchange.Redis.IDatabaseAsync", "ListRightPushAsync", "value"),
        ("StackExchange.Redis.IDatabaseAsync", "ListSetByIndexAsync", "value"),
        ("StackExchange.Redis.IDatabaseAsync", "SetAddAsync", "value"),
        ("StackExchange.Redis.IDatabaseAsync", "SortedSetAddAsync", "member"),
        ("StackExchange.Redis.IDatabaseAsync", "StreamAddAsync", "streamValue"),
        ("Microsoft.Extensions.Caching.Distributed.IBufferDistributedCache", "Set", "value"),
        ("Microsoft.Extensions.Caching.Distributed.IBufferDistributedCache", "SetAsync", "value"),
        ("Microsoft.AspNetCore.OutputCaching.IOutputCacheStore", "SetAsync", "value"),
        ("ZiggyCreatures.Caching.Fusion.IFusionCache", "Set", "value"),
        ("ZiggyCreatures.Caching.Fusion.IFusionCache", "SetAsync", "value"),
        ("ZiggyCreatures.Caching.Fusion.IFusionCache", "GetOrSet", "factory"),
        ("ZiggyCreatures.Caching.Fusion.IFusionCache", "GetOrSetAsync", "factory"),
        ("System.Runtime.Caching.ObjectCache", "Add", "value"),
        ("System.Runtime.Caching.ObjectCache", "AddOrGetExisting", "value"),
        ("System.Runtime.Caching.ObjectCache", "Set", "value"),
        ("EasyCaching.Core.IEasyCachingProviderBase", "Set", "cacheValue"),
        ("EasyCaching.Core.IEasyCachingProviderBase", "SetAsync", "cacheValue"),
        ("EasyCaching.Core.IRedisCachingProvider", "HSet", "cacheValue"),
        ("EasyCaching.Core.IRedisCachingProvider", "HSetAsync", "cacheValue"),
        ("LazyCache.IAppCache", "Add", "item"),
        ("LazyCache.IAppCache", "GetOrAdd", "addItemFactory"),
        ("LazyCache.IAppCache", "GetOrAddAsync", "addItemFactory"),
        ("CacheManager.Core.ICache`1", "Add", "value"),
        ("CacheManager.Core.ICache`1", "Put", "value"),
        ("CacheManager.Core.ICacheManager`1", "AddOrUpdate", "addValue"),
        ("CacheManager.Core.ICacheManager`1", "GetOrAdd", "value"),
    };

    /// <summary>The entries, in list order.</summary>
    public static ImmutableArray<CacheApiEntry> Entries { get; } = TableEntries.Create(Writes, UnboundPosition);

    /// <summary>
    /// True for the in-process caches (<c>Microsoft.Extensions.Caching.Memory</c>, <c>System.Runtime.Caching</c> and
    /// LazyCache, which is built on IMemoryCache), which keep the object itself in memory, so a
    /// <c>Protected&lt;T&gt;</c> stays encrypted there. Every other API, a project's declared value entries included,
    /// serializes the value.
    /// </summary>
    public static bool StoresObjects(CacheApiEntry entry)
        => entry.TypeMetadataName.StartsWith("Microsoft.Extensions.Caching.Memory.", System.StringComparison.Ordinal)
            || entry.TypeMetadataName.StartsWith("System.Runtime.Caching.", System.StringComparison.Ordinal)
            || entry.TypeMetadataName.StartsWith("LazyCache.", System.StringComparison.Ordinal);

    // The value's index among the positional arguments of an unbound call: these methods take the entry alone, or a
    // field or index between the key and the value.
    private static int? UnboundPosition(string method) => method switch
    {
        "SetValue" => 0,
        "HashSet" or "HashSetAsync" or "HSet" or "HSetAsync" or "ListSetByIndex" or "ListSetByIndexAsync" or "StreamAdd" or "StreamAddAsync" => 2,
        _ => null,
    };
}
