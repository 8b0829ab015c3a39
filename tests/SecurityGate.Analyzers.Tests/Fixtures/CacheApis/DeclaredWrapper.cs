using System;

namespace Shop.Caching
{
    // An in-house cache wrapper that no built-in table lists; cache-security-apis.txt declares it.
    public interface ITenantCache
    {
        void Put<T>(string cacheKey, T item, TimeSpan expiry);

        T? Fetch<T>(string cacheKey);

        void EvictByPrefix(string prefix);
    }

    public sealed record Order(int Id, decimal Total);

    public sealed class OrderCache
    {
        private readonly ITenantCache cache;

        public OrderCache(ITenantCache cache) => this.cache = cache;

        public void Save(string tenantId, Order order)
            => cache.Put($"v1:client:{tenantId}:orders:{order.Id}", order, TimeSpan.FromMinutes(5));

        public Order? Load(int orderId) => cache.Fetch<Order>($"orders:{orderId}");

        public void SaveToken(string tenantId, string accessToken)
            => cache.Put($"v1:client:{tenantId}:tokens:current", accessToken, TimeSpan.FromMinutes(5));

        public void ClearAll() => cache.EvictByPrefix("v1:orders:");

        public void Clear(string tenantId) => cache.EvictByPrefix($"v1:client:{tenantId}:orders:");
    }
}
