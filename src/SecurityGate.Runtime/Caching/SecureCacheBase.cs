using System;
using System.Threading;
using System.Threading.Tasks;

namespace SecurityGate.Runtime;

/// <summary>Key creation and argument checks shared by the <see cref="ISecureCache"/> backends.</summary>
internal abstract class SecureCacheBase : ISecureCache
{
    protected SecureCacheBase(SecureCacheOptions options, ITenantContext tenantContext, SecureValueCodec codec)
    {
        Options = options;
        TenantContext = tenantContext;
        Codec = codec;
    }

    protected SecureCacheOptions Options { get; }

    protected ITenantContext TenantContext { get; }

    protected SecureValueCodec Codec { get; }

    public CacheKey CreateKey(string component, string id, string? subKey = null)
    {
        var tenant = TenantContext.TenantId;
        if (string.IsNullOrWhiteSpace(tenant))
        {
            throw new TenantMissingException();
        }

        return CacheKey.Create(tenant, component, id, subKey, Options.KeyVersion, Options.MaxKeyLength);
    }

    public CacheKey CreateKeyForTenant(string tenantId, string component, string id, string? subKey = null) =>
        CacheKey.Create(tenantId, component, id, subKey, Options.KeyVersion, Options.MaxKeyLength);

    public abstract ValueTask<T?> GetAsync<T>(CacheKey key, CancellationToken cancellationToken = default);

    public abstract ValueTask SetAsync<T>(CacheKey key, T value, SecureCacheEntryOptions? options = null, CancellationToken cancellationToken = default);

    public abstract ValueTask<T> GetOrCreateAsync<T>(CacheKey key, Func<CancellationToken, ValueTask<T>> factory, SecureCacheEntryOptions? options = null, CancellationToken cancellationToken = default);

    public abstract ValueTask RemoveAsync(CacheKey key, CancellationToken cancellationToken = default);

    protected TimeSpan ExpirationOf(SecureCacheEntryOptions? options) => options?.Expiration ?? Options.DefaultExpiration;
}
