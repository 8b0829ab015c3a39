using Microsoft.Extensions.Caching.Memory;
using Storefront.Keys;
using Storefront.Tenancy;

namespace Storefront.Settings;

/// <summary>Per-tenant storefront settings, cached in memory for five minutes.</summary>
public sealed class TenantSettingsCache(IMemoryCache cache)
{
    private static readonly TimeSpan Lifetime = TimeSpan.FromMinutes(5);

    public string? GetTheme(TenantContext tenant) =>
        cache.GetOrCreate(CacheKeys.ForTenant(tenant.TenantId, "settings", "theme"), entry =>
        {
            entry.AbsoluteExpirationRelativeToNow = Lifetime;
            return "light";
        });

    public int GetPageSize(TenantContext tenant)
    {
        // Shared by every tenant: one tenant's page size is served to all of them.
        var key = "settings:page-size";
        return cache.GetOrCreate(key, entry =>
        {
            entry.AbsoluteExpirationRelativeToNow = Lifetime;
            return 25;
        });
    }

    public bool IsNewCheckoutEnabled()
    {
#pragma warning disable CSG002 // Feature flags are global by design: every tenant gets the same rollout state.
        return cache.Get<bool>("v1:feature-flags:new-checkout");
#pragma warning restore CSG002
    }

    public void SetCurrency(TenantContext tenant, string currency) =>
        cache.Set($"settings:{tenant.TenantId}:currency", currency, Lifetime);
}
