namespace Storefront.Keys;

/// <summary>Builds versioned, tenant-scoped cache keys: v{n}:client:{tenant}:{component}:{id}.</summary>
public static class CacheKeys
{
    public static string ForTenant(string tenantId, string component, string id) =>
        $"v1:client:{tenantId}:{component}:{id}";
}
