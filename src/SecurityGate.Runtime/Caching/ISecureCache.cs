using System;
using System.Threading;
using System.Threading.Tasks;

namespace SecurityGate.Runtime;

/// <summary>
/// A typed, tenant-scoped cache that serializes with System.Text.Json and encrypts values of sensitive types
/// (or any value on request) with AES-256-GCM bound to the entry's key. Register it with
/// <c>services.AddSecureCache(...)</c> over <c>IDistributedCache</c> or <c>services.AddSecureHybridCache(...)</c>
/// over <c>HybridCache</c>.
/// </summary>
public interface ISecureCache
{
    /// <summary>Creates a key for the current tenant of <see cref="ITenantContext"/>.</summary>
    /// <exception cref="TenantMissingException">The tenant context has no tenant.</exception>
    CacheKey CreateKey(string component, string id, string? subKey = null);

    /// <summary>Creates a key for an explicit tenant, for work outside a request such as a background job.</summary>
    CacheKey CreateKeyForTenant(string tenantId, string component, string id, string? subKey = null);

    /// <summary>Returns the cached value, or <c>default</c> when there is no entry.</summary>
    /// <exception cref="CacheDecryptionException">The entry is encrypted and fails authentication, or is plaintext for a sensitive type.</exception>
    ValueTask<T?> GetAsync<T>(CacheKey key, CancellationToken cancellationToken = default);

    /// <summary>Stores a value, encrypted when its type is sensitive or <see cref="SecureCacheEntryOptions.Encrypt"/> is set.</summary>
    ValueTask SetAsync<T>(CacheKey key, T value, SecureCacheEntryOptions? options = null, CancellationToken cancellationToken = default);

    /// <summary>Returns the cached value, or creates it with <paramref name="factory"/> and stores it.</summary>
    ValueTask<T> GetOrCreateAsync<T>(CacheKey key, Func<CancellationToken, ValueTask<T>> factory, SecureCacheEntryOptions? options = null, CancellationToken cancellationToken = default);

    /// <summary>Removes the entry, if any.</summary>
    ValueTask RemoveAsync(CacheKey key, CancellationToken cancellationToken = default);
}
