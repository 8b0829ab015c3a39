using System;
using System.Collections.Generic;
using System.Threading;
using System.Threading.Tasks;
using CacheManager.Core;
using EasyCaching.Core;
using LazyCache;
using Microsoft.Extensions.Caching.Memory;

// EasyCaching, LazyCache and CacheManager are not served by this machine's NuGet feed. This fixture declares
// stand-ins for the part of their public interfaces that the tables list: the real namespaces, type names and
// parameter names, written for this fixture and declared after the code that uses them. Return types are
// simplified where the rules do not look at them.
namespace Shop.Catalog
{
    public sealed record Supplier(string Name, [property: SecurityGate.Runtime.Sensitive] string BankAccount);

    public sealed class CatalogCaches(IEasyCachingProvider easy, IRedisCachingProvider easyRedis, IAppCache lazy, ICacheManager<string> manager)
    {
        public void Price(int productId, decimal price)
            => easy.Set($"prices:{productId}", price, TimeSpan.FromMinutes(5));

        public Task StoreScoped(string tenantId, string apiToken)
            => easy.SetAsync($"v1:client:{tenantId}:token", apiToken, TimeSpan.FromMinutes(5));

        public void Invalidate()
            => easy.RemoveByPrefix("v1:prices:");

        public Task InvalidateScoped(string tenantId)
            => easy.RemoveByPatternAsync($"v1:client:{tenantId}:*");

        public bool Field(string tenantId, string field, string value)
            => easyRedis.HSet($"v1:client:{tenantId}:fields", field, value);

        public void Supplier(string tenantId, Supplier supplier)
            => lazy.Add($"v1:client:{tenantId}:supplier", supplier, new MemoryCacheEntryOptions());

        public string Banner(int bannerId)
            => lazy.GetOrAdd($"banners:{bannerId}", _ => "");

        public void Remember(string tenantId, string secret)
            => manager.Put($"v1:client:{tenantId}:secret", secret);

        public string Lookup(string tenantId, int id)
            => manager.GetOrAdd($"v1:client:{tenantId}:items:{id}", "");

        public bool Forget(int id)
            => manager.Remove($"items:{id}");
    }
}

namespace EasyCaching.Core
{
    public interface IEasyCachingProviderBase
    {
        void Set<T>(string cacheKey, T cacheValue, TimeSpan expiration);
        Task SetAsync<T>(string cacheKey, T cacheValue, TimeSpan expiration, CancellationToken cancellationToken = default);
        T? Get<T>(string cacheKey);
        Task<T?> GetAsync<T>(string cacheKey, CancellationToken cancellationToken = default);
        void Remove(string cacheKey);
        Task RemoveAsync(string cacheKey, CancellationToken cancellationToken = default);
        bool Exists(string cacheKey);
        Task<bool> ExistsAsync(string cacheKey, CancellationToken cancellationToken = default);
        void RemoveByPrefix(string prefix);
        Task RemoveByPrefixAsync(string prefix, CancellationToken cancellationToken = default);
        void RemoveByPattern(string pattern);
        Task RemoveByPatternAsync(string pattern, CancellationToken cancellationToken = default);
    }

    public interface IEasyCachingProvider : IEasyCachingProviderBase
    {
    }

    public interface IRedisCachingProvider : IEasyCachingProvider
    {
        bool HMSet(string cacheKey, Dictionary<string, string> vals, TimeSpan? expiration = null);
        Task<bool> HMSetAsync(string cacheKey, Dictionary<string, string> vals, TimeSpan? expiration = null);
        bool HSet(string cacheKey, string field, string cacheValue);
        Task<bool> HSetAsync(string cacheKey, string field, string cacheValue);
        string HGet(string cacheKey, string field);
        Task<string> HGetAsync(string cacheKey, string field);
        Dictionary<string, string> HGetAll(string cacheKey);
        Task<Dictionary<string, string>> HGetAllAsync(string cacheKey);
        long HDel(string cacheKey, IList<string>? fields = null);
        Task<long> HDelAsync(string cacheKey, IList<string>? fields = null);
    }
}

namespace LazyCache
{
    public interface IAppCache
    {
        void Add<T>(string key, T item, MemoryCacheEntryOptions policy);
        T Get<T>(string key);
        Task<T> GetAsync<T>(string key);
        T GetOrAdd<T>(string key, Func<ICacheEntry, T> addItemFactory);
        Task<T> GetOrAddAsync<T>(string key, Func<ICacheEntry, Task<T>> addItemFactory);
        void Remove(string key);
    }
}

namespace CacheManager.Core
{
    public interface ICache<TCacheValue>
    {
        bool Add(string key, TCacheValue value);
        void Put(string key, TCacheValue value);
        TCacheValue Get(string key);
        bool Remove(string key);
        bool Exists(string key);
    }

    public interface ICacheManager<TCacheValue> : ICache<TCacheValue>
    {
        TCacheValue AddOrUpdate(string key, TCacheValue addValue, Func<TCacheValue, TCacheValue> updateValue);
        TCacheValue GetOrAdd(string key, TCacheValue value);
    }
}
