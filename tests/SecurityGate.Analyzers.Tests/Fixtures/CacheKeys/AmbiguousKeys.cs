using System;
using System.Threading.Tasks;
using Microsoft.Extensions.Caching.Distributed;
using Microsoft.Extensions.Caching.Hybrid;

namespace Shop.Catalog;

public sealed class PriceCache(IDistributedCache cache, HybridCache hybrid)
{
    private static readonly string Prefix = LoadPrefix();

    public string? GetPrice(string tenantId, string sku, string region)
        => cache.GetString($"v1:client:{tenantId}:prices:{sku}{region}");

    public string? GetStock(string warehouse, string sku) => cache.GetString(warehouse + sku);

    public Task RemoveRate(string tenantId, string from, string to)
        => cache.RemoveAsync(string.Concat("v1:client:", tenantId, ":rates:", from, to));

    public ValueTask<string> GetLabel(string tenantId, int productId, int variantId)
        => hybrid.GetOrCreateAsync(LabelKey(tenantId, productId, variantId), _ => ValueTask.FromResult("label"));

    public string? GetSized(string tenantId, string sku, char size, string region)
        => cache.GetString($"v1:client:{tenantId}:sizes:{sku}{size}{region}");

    // Clean: a separator between the parts, a static prefix field, and values whose text has a fixed length.
    public string? GetPriceSeparated(string tenantId, string sku, string region)
        => cache.GetString($"v1:client:{tenantId}:prices:{sku}:{region}");

    public string? GetWithPrefix(string sku) => cache.GetString(Prefix + sku);

    public string? GetVariant(string tenantId, string sku, char size, bool discounted, Guid batch)
        => cache.GetString($"v1:client:{tenantId}:variants:{sku}{size}{discounted}{batch}");

    public string? GetByKey(string key) => cache.GetString(key);

    private static string LabelKey(string tenantId, int productId, int variantId)
        => "v1:client:" + tenantId + ":labels:" + productId + variantId;

    private static string LoadPrefix() => Environment.GetEnvironmentVariable("PRICE_PREFIX") ?? "v1:client:shared:prices:";
}
