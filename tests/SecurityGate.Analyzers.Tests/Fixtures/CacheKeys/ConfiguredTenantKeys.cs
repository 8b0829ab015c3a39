using Microsoft.Extensions.Caching.Distributed;

namespace Shop.Stores;

public sealed class StoreCache
{
    private readonly IDistributedCache cache;

    public StoreCache(IDistributedCache cache) => this.cache = cache;

    public string? Opening(string shopId, int day) => cache.GetString($"v1:openings:{shopId}:{day}");
}
