using System.Threading.Tasks;
using Microsoft.Extensions.Caching.Distributed;

namespace Shop.Orders;

public sealed class User
{
    public string TenantId { get; init; } = "";
}

public sealed class OrderCache
{
    private readonly IDistributedCache cache;

    public OrderCache(IDistributedCache cache) => this.cache = cache;

    public Task<string?> GetUnversioned(string tenantId, int id)
        => cache.GetStringAsync($"client:{tenantId}:orders:{id}");

    public Task<string?> GetShared(int id)
        => cache.GetStringAsync($"v1:orders:{id}");

    public Task<string?> GetForUser(User user, int id)
        => cache.GetStringAsync($"v1:orders:{user.TenantId}:{id}");

    public string? GetGlobalSettings() => cache.GetString("global-settings");

    public Task<string?> GetByKey(string key) => cache.GetStringAsync(key);

    public Task RemoveForTenant(string clientAccountId, int id)
        => cache.RemoveAsync("v1:" + clientAccountId + ":orders:" + id);

    // Clean: an identifier member of a tenant (tenant.ShopId) is the tenant segment.
    public string? GetForShop(ShopTenant tenant, int id) => cache.GetString($"v1:shops:{tenant.ShopId}:{id}");
}

public sealed record ShopTenant(string ShopId);
