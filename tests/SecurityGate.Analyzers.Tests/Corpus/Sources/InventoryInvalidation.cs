using System;
using System.Globalization;
using System.Threading;
using System.Threading.Tasks;
using Contoso.Platform.Caching;
using Microsoft.AspNetCore.OutputCaching;
using Microsoft.Extensions.Caching.Distributed;
using Microsoft.Extensions.Caching.Hybrid;

namespace Contoso.Inventory;

public sealed record StockLevel(string Sku, string Warehouse, int OnHand, int Reserved);

/// <summary>One line of the warehouse feed; Delta is in units, negative for outgoing stock.</summary>
public sealed record StockMovement(string TenantId, string Sku, string Warehouse, int Delta, DateTimeOffset At);

/// <summary>
/// Applies stock movements from the warehouse feed and invalidates what depends on them: product entries in
/// HybridCache, cached storefront pages in the output cache, and hourly traffic counters.
/// </summary>
public sealed class InventoryInvalidation
{
    private readonly HybridCache hybrid;
    private readonly IOutputCacheStore pages;
    private readonly IDistributedCache counters;

    public InventoryInvalidation(HybridCache hybrid, IOutputCacheStore pages, IDistributedCache counters)
    {
        this.hybrid = hybrid;
        this.pages = pages;
        this.counters = counters;
    }

    public async Task ApplyAsync(StockMovement movement, CancellationToken cancellationToken)
    {
        await hybrid.RemoveAsync(TenantCacheKeys.For(movement.TenantId, "stock", movement.Sku, movement.Warehouse), cancellationToken);
        await hybrid.RemoveByTagAsync(TenantCacheKeys.TenantTag(movement.TenantId, "sku:" + movement.Sku), cancellationToken);
        await pages.EvictByTagAsync($"client:{movement.TenantId}:product-pages", cancellationToken);
        await CountAsync(movement.TenantId, movement.At, cancellationToken);
    }

    public ValueTask<StockLevel> GetLevelAsync(string tenantId, string sku, string warehouse, Func<CancellationToken, ValueTask<StockLevel>> load, CancellationToken cancellationToken)
        => hybrid.GetOrCreateAsync(
            TenantCacheKeys.For(tenantId, "stock", sku, warehouse),
            load,
            tags: new[] { TenantCacheKeys.TenantTag(tenantId, "sku:" + sku), TenantCacheKeys.TenantTag(tenantId, "stock") },
            cancellationToken: cancellationToken);

    // Wrong: one tenant's warehouse resync clears the stock entries of every tenant that uses the warehouse.
    public ValueTask ClearWarehouseAsync(string warehouse, CancellationToken cancellationToken)
        => hybrid.RemoveByTagAsync($"warehouse:{warehouse}", cancellationToken); // expect: CSG004

    // Wrong: the storefront pages of all tenants are evicted after one tenant's price import.
    public ValueTask EvictProductPagesAsync(CancellationToken cancellationToken)
        => pages.EvictByTagAsync("product-pages", cancellationToken); // expect: CSG004

    // Wrong: the first tag is scoped, the second clears the stock entries of all tenants.
    public ValueTask ResetStockAsync(string tenantId, CancellationToken cancellationToken)
        => hybrid.RemoveByTagAsync(new[] { TenantCacheKeys.TenantTag(tenantId, "stock"), "stock" }, cancellationToken); // expect: CSG004

    // Clean: category pages of one tenant, tagged by the storefront with the tenant prefix.
    public ValueTask EvictCategoryPagesAsync(string tenantId, string categorySlug, CancellationToken cancellationToken)
        => pages.EvictByTagAsync(TenantCacheKeys.TenantTag(tenantId, "category-pages:" + categorySlug), cancellationToken);

    public ValueTask ClearTenantAsync(string tenantId, CancellationToken cancellationToken)
        => hybrid.RemoveByTagAsync(TenantCacheKeys.TenantTag(tenantId, "stock"), cancellationToken);

    // Clean: day and hour have a fixed width ("20250301" and "07"), so the joined text is unambiguous.
    private async Task CountAsync(string tenantId, DateTimeOffset at, CancellationToken cancellationToken)
    {
        var key = $"v1:client:{tenantId}:movements:{at.ToString("yyyyMMdd", CultureInfo.InvariantCulture)}{at.Hour.ToString("D2", CultureInfo.InvariantCulture)}";
        var current = await counters.GetStringAsync(key, cancellationToken); // known-false-positive: CSG003 both values are formatted to a fixed width, but a formatted number counts as variable-length text
        var count = current is null ? 0 : int.Parse(current, CultureInfo.InvariantCulture);
        await counters.SetStringAsync(key, (count + 1).ToString(CultureInfo.InvariantCulture), new DistributedCacheEntryOptions { AbsoluteExpirationRelativeToNow = TimeSpan.FromDays(2) }, cancellationToken); // known-false-positive: CSG003 the same fixed-width key as the read above
    }

    // Workspaces are this product's tenants; the workspace id is the tenant segment.
    public Task<string?> GetWorkspaceStockAsync(string workspaceId, string sku, CancellationToken cancellationToken)
        => counters.GetStringAsync($"v1:workspace:{workspaceId}:stock:{sku}", cancellationToken); // known-false-positive: CSG002 "workspaceId" is not among the default tenant identifiers; the .editorconfig key cache_security.tenant_identifiers adds it
}
