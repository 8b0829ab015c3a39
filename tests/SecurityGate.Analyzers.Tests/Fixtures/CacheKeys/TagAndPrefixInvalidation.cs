using System.Collections.Generic;
using System.Threading;
using System.Threading.Tasks;
using EasyCaching.Core;
using Microsoft.AspNetCore.OutputCaching;
using Microsoft.Extensions.Caching.Hybrid;
using StackExchange.Redis;

// EasyCaching is not available from this machine's NuGet feed, so the fixture declares the part of the real
// EasyCaching.Core.IEasyCachingProvider interface that the rule checks, in its real namespace and with its real
// parameter names.
namespace EasyCaching.Core
{
    public interface IEasyCachingProvider
    {
        void RemoveByPrefix(string prefix);

        Task RemoveByPrefixAsync(string prefix, CancellationToken cancellationToken = default);
    }
}

namespace Shop.Invalidation
{
    public sealed class CatalogInvalidation(HybridCache hybrid, IOutputCacheStore outputCache, IEasyCachingProvider easyCaching, IServer server)
    {
        public Task RemoveProducts(CancellationToken cancellationToken)
            => hybrid.RemoveByTagAsync("products", cancellationToken).AsTask();

        public Task RemoveCategory(int categoryId)
            => hybrid.RemoveByTagAsync(new[] { $"category:{categoryId}", "v1:catalog" }).AsTask();

        public Task EvictPages(CancellationToken cancellationToken)
            => outputCache.EvictByTagAsync("catalog-pages", cancellationToken).AsTask();

        public void RemovePrices() => easyCaching.RemoveByPrefix("v1:prices:");

        public Task RemoveStock(string warehouse) => easyCaching.RemoveByPrefixAsync($"v1:stock:{warehouse}:");

        public IEnumerable<RedisKey> ListOrderKeys() => server.Keys(pattern: "v1:client:*:orders:*");

        // Clean: every tag, prefix and pattern names the tenant; an unfoldable tag is not guessed at.
        public Task RemoveTenantProducts(string tenantId, CancellationToken cancellationToken)
            => hybrid.RemoveByTagAsync($"client:{tenantId}:products", cancellationToken).AsTask();

        public Task RemoveTenantCategories(string tenantId, int categoryId)
            => hybrid.RemoveByTagAsync(new[] { $"client:{tenantId}:category:{categoryId}", $"tenant:{tenantId}" }).AsTask();

        public Task EvictTenantPages(string tenantId, CancellationToken cancellationToken)
            => outputCache.EvictByTagAsync("client:" + tenantId + ":pages", cancellationToken).AsTask();

        public void RemoveTenantPrices(string tenantId) => easyCaching.RemoveByPrefix($"v1:client:{tenantId}:prices:");

        public IAsyncEnumerable<RedisKey> ListTenantOrderKeys(string tenantId) => server.KeysAsync(pattern: $"v1:client:{tenantId}:orders:*");

        public Task RemoveByTag(string tag) => hybrid.RemoveByTagAsync(tag).AsTask();
    }
}
