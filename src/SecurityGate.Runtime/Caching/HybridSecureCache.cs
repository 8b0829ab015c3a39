using System;
using System.Threading;
using System.Threading.Tasks;
using Microsoft.Extensions.Caching.Hybrid;

namespace SecurityGate.Runtime;

/// <summary>
/// <see cref="ISecureCache"/> over <see cref="HybridCache"/>. The stored bytes (plaintext JSON or an encrypted
/// envelope) are what HybridCache keeps in both its memory and its distributed level, so a sensitive value stays
/// encrypted in process memory too and is decrypted on each read.
/// </summary>
internal sealed class HybridSecureCache : SecureCacheBase
{
    private static readonly HybridCacheEntryOptions ReadOnlyEntry = new()
    {
        Flags = HybridCacheEntryFlags.DisableLocalCacheWrite | HybridCacheEntryFlags.DisableDistributedCacheWrite,
    };

    private readonly HybridCache cache;

    public HybridSecureCache(HybridCache cache, SecureCacheOptions options, ITenantContext tenantContext, SecureValueCodec codec)
        : base(options, tenantContext, codec)
    {
        this.cache = cache;
    }

    public override async ValueTask<T?> GetAsync<T>(CacheKey key, CancellationToken cancellationToken = default)
        where T : default
    {
        key.ThrowIfDefault(nameof(key));

        // HybridCache has no plain read, so this reads with a factory that returns nothing and flags that write nothing.
        // A missing byte[] comes back as null or empty, and a stored value is never empty.
        var stored = await cache.GetOrCreateAsync<byte[]?>(key.ToString(), static _ => ValueTask.FromResult<byte[]?>(null), ReadOnlyEntry, cancellationToken: cancellationToken).ConfigureAwait(false);
        return stored is null || stored.Length == 0 ? default : Codec.Decode<T>(key, stored);
    }

    public override async ValueTask SetAsync<T>(CacheKey key, T value, SecureCacheEntryOptions? options = null, CancellationToken cancellationToken = default)
    {
        key.ThrowIfDefault(nameof(key));
        var stored = Codec.Encode(key, value, options?.Encrypt ?? false);
        await cache.SetAsync(key.ToString(), stored, EntryOptions(options), cancellationToken: cancellationToken).ConfigureAwait(false);
    }

    public override async ValueTask<T> GetOrCreateAsync<T>(CacheKey key, Func<CancellationToken, ValueTask<T>> factory, SecureCacheEntryOptions? options = null, CancellationToken cancellationToken = default)
    {
        key.ThrowIfDefault(nameof(key));
        ArgumentNullException.ThrowIfNull(factory);
        var forceEncryption = options?.Encrypt ?? false;
        var state = (Codec, key, factory, forceEncryption);
        var stored = await cache.GetOrCreateAsync(
            key.ToString(),
            state,
            static async (state, token) => state.Codec.Encode(state.key, await state.factory(token).ConfigureAwait(false), state.forceEncryption),
            EntryOptions(options),
            cancellationToken: cancellationToken).ConfigureAwait(false);
        return Codec.Decode<T>(key, stored)!;
    }

    public override async ValueTask RemoveAsync(CacheKey key, CancellationToken cancellationToken = default)
    {
        key.ThrowIfDefault(nameof(key));
        await cache.RemoveAsync(key.ToString(), cancellationToken).ConfigureAwait(false);
    }

    private HybridCacheEntryOptions EntryOptions(SecureCacheEntryOptions? options) => new()
    {
        Expiration = ExpirationOf(options),
        LocalCacheExpiration = ExpirationOf(options),
    };
}
