using System;
using System.Threading;
using System.Threading.Tasks;
using Microsoft.Extensions.Caching.Distributed;

namespace SecurityGate.Runtime;

/// <summary><see cref="ISecureCache"/> over any <see cref="IDistributedCache"/> (Redis, SQL Server, memory).</summary>
internal sealed class DistributedSecureCache : SecureCacheBase
{
    private readonly IDistributedCache cache;

    public DistributedSecureCache(IDistributedCache cache, SecureCacheOptions options, ITenantContext tenantContext, SecureValueCodec codec)
        : base(options, tenantContext, codec)
    {
        this.cache = cache;
    }

    public override async ValueTask<T?> GetAsync<T>(CacheKey key, CancellationToken cancellationToken = default)
        where T : default
    {
        key.ThrowIfDefault(nameof(key));
        var stored = await cache.GetAsync(key.ToString(), cancellationToken).ConfigureAwait(false);
        return stored is null ? default : Codec.Decode<T>(key, stored);
    }

    public override async ValueTask SetAsync<T>(CacheKey key, T value, SecureCacheEntryOptions? options = null, CancellationToken cancellationToken = default)
    {
        key.ThrowIfDefault(nameof(key));
        var stored = Codec.Encode(key, value, options?.Encrypt ?? false);
        await cache.SetAsync(key.ToString(), stored, EntryOptions(options), cancellationToken).ConfigureAwait(false);
    }

    public override async ValueTask<T> GetOrCreateAsync<T>(CacheKey key, Func<CancellationToken, ValueTask<T>> factory, SecureCacheEntryOptions? options = null, CancellationToken cancellationToken = default)
    {
        key.ThrowIfDefault(nameof(key));
        ArgumentNullException.ThrowIfNull(factory);
        var stored = await cache.GetAsync(key.ToString(), cancellationToken).ConfigureAwait(false);
        if (stored is not null)
        {
            return Codec.Decode<T>(key, stored)!;
        }

        // NOTE: IDistributedCache has no lock, so concurrent misses on one key each run the factory.
        // When the factory is expensive, use AddSecureHybridCache, because HybridCache runs it once per key and process.
        var value = await factory(cancellationToken).ConfigureAwait(false);
        await SetAsync(key, value, options, cancellationToken).ConfigureAwait(false);
        return value;
    }

    public override async ValueTask RemoveAsync(CacheKey key, CancellationToken cancellationToken = default)
    {
        key.ThrowIfDefault(nameof(key));
        await cache.RemoveAsync(key.ToString(), cancellationToken).ConfigureAwait(false);
    }

    private DistributedCacheEntryOptions EntryOptions(SecureCacheEntryOptions? options) => new()
    {
        AbsoluteExpirationRelativeToNow = ExpirationOf(options),
        SlidingExpiration = options?.SlidingExpiration,
    };
}
