using Microsoft.Extensions.Caching.Distributed;
using Newtonsoft.Json;
using Storefront.Keys;
using Storefront.Tenancy;

namespace Storefront.Catalog;

/// <summary>Caches each tenant's product catalogue as JSON.</summary>
public sealed class ProductCatalogCache(IDistributedCache cache)
{
    private static readonly JsonSerializerSettings SerializerSettings = new()
    {
        // Lets the cached JSON choose which .NET type to instantiate on read.
        TypeNameHandling = TypeNameHandling.Auto,
    };

    public async Task<Product[]> GetProductsAsync(TenantContext tenant, CancellationToken cancellationToken)
    {
        var json = await cache.GetStringAsync(CacheKeys.ForTenant(tenant.TenantId, "catalog", "products"), cancellationToken);
        return json is null ? [] : JsonConvert.DeserializeObject<Product[]>(json, SerializerSettings) ?? [];
    }
}

public sealed record Product(string Sku, string Name, decimal Price);
