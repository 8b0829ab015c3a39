using System;
using System.Collections.Generic;
using System.Linq;
using System.Threading;
using System.Threading.Tasks;
using Contoso.Platform.Caching;
using Microsoft.Extensions.Caching.Hybrid;
using Microsoft.Extensions.Caching.Memory;

namespace Contoso.Catalogue;

public sealed record Product(int Id, string Sku, string Name, string CategorySlug, decimal BasePrice);

public sealed record Category(string Slug, string Title, IReadOnlyList<int> ProductIds);

public interface ICatalogueRepository
{
    Task<Product?> FindProductAsync(string tenantId, int productId, CancellationToken cancellationToken);

    Task<Category?> FindCategoryAsync(string tenantId, string slug, CancellationToken cancellationToken);

    Task<IReadOnlyList<Product>> SearchAsync(string tenantId, string query, int page, CancellationToken cancellationToken);
}

/// <summary>
/// The storefront's catalogue cache: HybridCache for products and categories (shared across instances), a small
/// memory cache for search pages. Each tenant runs its own catalogue.
/// </summary>
public sealed class CatalogueCache
{
    private static readonly HybridCacheEntryOptions ProductLifetime = new() { Expiration = TimeSpan.FromMinutes(30) };

    private readonly HybridCache hybrid;
    private readonly IMemoryCache memory;
    private readonly ICatalogueRepository repository;

    public CatalogueCache(HybridCache hybrid, IMemoryCache memory, ICatalogueRepository repository)
    {
        this.hybrid = hybrid;
        this.memory = memory;
        this.repository = repository;
    }

    public ValueTask<Product?> GetProductAsync(string tenantId, int productId, CancellationToken cancellationToken)
        => hybrid.GetOrCreateAsync(
            TenantCacheKeys.For(tenantId, "products", productId),
            cancel => new ValueTask<Product?>(repository.FindProductAsync(tenantId, productId, cancel)),
            ProductLifetime,
            new[] { TenantCacheKeys.TenantTag(tenantId, "products") },
            cancellationToken);

    public ValueTask<Category?> GetCategoryAsync(string tenantId, string slug, CancellationToken cancellationToken)
        => hybrid.GetOrCreateAsync(
            $"v1:client:{tenantId}:categories:{slug}",
            cancel => new ValueTask<Category?>(repository.FindCategoryAsync(tenantId, slug, cancel)),
            cancellationToken: cancellationToken);

    public async Task<IReadOnlyList<Product>> SearchAsync(string tenantId, string query, int page, CancellationToken cancellationToken)
    {
        var key = $"v1:client:{tenantId}:search:{query.Trim().ToLowerInvariant()}:{page}";
        if (memory.TryGetValue(key, out IReadOnlyList<Product>? cached) && cached is not null)
        {
            return cached;
        }

        var results = await repository.SearchAsync(tenantId, query, page, cancellationToken);
        memory.Set(key, results, TimeSpan.FromSeconds(60));
        return results;
    }

    // Wrong: the featured list is chosen per tenant, but the key is the same for every tenant.
    public async Task<IReadOnlyList<Product>> GetFeaturedAsync(string tenantId, CancellationToken cancellationToken)
    {
        return await memory.GetOrCreateAsync("v1:catalogue:featured", async entry => // expect: CSG002
        {
            entry.AbsoluteExpirationRelativeToNow = TimeSpan.FromMinutes(5);
            var all = await repository.SearchAsync(tenantId, "*", 0, cancellationToken);
            return (IReadOnlyList<Product>)all.Take(8).ToList();
        }) ?? Array.Empty<Product>();
    }

    // Wrong: neither the version nor the tenant is in the key.
    public ValueTask<Product?> GetBySkuAsync(string tenantId, string sku, CancellationToken cancellationToken)
        => hybrid.GetOrCreateAsync(
            "product-by-sku:" + sku, // expect: CSG001, CSG002
            cancel => new ValueTask<Product?>(repository.FindProductAsync(tenantId, int.Parse(sku.AsSpan(3), System.Globalization.CultureInfo.InvariantCulture), cancel)),
            cancellationToken: cancellationToken);

    // Wrong: category slug and page number run together ("shoes1" + "2" and "shoes" + "12").
    public void RememberCategoryPage(string tenantId, string slug, int page, IReadOnlyList<Product> products)
        => memory.Set($"v1:client:{tenantId}:category-pages:{slug}{page}", products, TimeSpan.FromMinutes(2)); // expect: CSG003

    public ValueTask InvalidateTenantProductsAsync(string tenantId, CancellationToken cancellationToken)
        => hybrid.RemoveByTagAsync(TenantCacheKeys.TenantTag(tenantId, "products"), cancellationToken);

    public ValueTask InvalidateCategoryAsync(string tenantId, string slug, CancellationToken cancellationToken)
        => hybrid.RemoveByTagAsync(new[] { $"client:{tenantId}:categories", $"client:{tenantId}:category:{slug}" }, cancellationToken);

    // Wrong: one tenant's import evicts every tenant's products.
    public ValueTask InvalidateAfterImportAsync(CancellationToken cancellationToken)
        => hybrid.RemoveByTagAsync("products", cancellationToken); // expect: CSG004

    public void ForgetSearch(string tenantId, string query, int page)
        => memory.Remove($"v1:client:{tenantId}:search:{query.Trim().ToLowerInvariant()}:{page}");
}
