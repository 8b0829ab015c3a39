using System.Threading;
using System.Threading.Tasks;
using Microsoft.Extensions.Caching.Distributed;

namespace Shop.Infrastructure;

/// <summary>A decorator such as teams write to add metrics around the real cache.</summary>
public sealed class MeasuredCache : IDistributedCache
{
    private readonly IDistributedCache inner;

    public MeasuredCache(IDistributedCache inner) => this.inner = inner;

    public byte[]? Get(string key) => inner.Get(key);

    public Task<byte[]?> GetAsync(string key, CancellationToken token = default) => inner.GetAsync(key, token);

    public void Set(string key, byte[] value, DistributedCacheEntryOptions options) => inner.Set(key, value, options);

    public Task SetAsync(string key, byte[] value, DistributedCacheEntryOptions options, CancellationToken token = default)
        => inner.SetAsync(key, value, options, token);

    public void Refresh(string key) => inner.Refresh(key);

    public Task RefreshAsync(string key, CancellationToken token = default) => inner.RefreshAsync(key, token);

    public void Remove(string key) => inner.Remove(key);

    public Task RemoveAsync(string key, CancellationToken token = default) => inner.RemoveAsync(key, token);
}

public sealed class MenuService
{
    private readonly MeasuredCache cache;

    public MenuService(MeasuredCache cache) => this.cache = cache;

    public byte[]? Menu() => cache.Get("v1:menu");

    public void Forget(string tenantId) => cache.Remove($"v1:client:{tenantId}:menu");
}
