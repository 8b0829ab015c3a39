using Microsoft.Extensions.Caching.Distributed;

namespace Shop.Catalog;

public static class OrderKeys
{
    public static string For(string tenantId, int id) => $"v1:client:{tenantId}:orders:{id}";

    public static string Unscoped(int id)
    {
        return "orders:" + id;
    }

    public static string Scoped(string tenantId, int id) => Versioned(Tenant(tenantId) + Unscoped(id));

    private static string Versioned(string key) => "v3:" + key;

    private static string Tenant(string tenantId) => $"client:{tenantId}:";
}

public sealed class CatalogKeyBuilder
{
    private const string Prefix = "v2:";

    public string Product(int id) => Prefix + "catalog:" + id;
}

public sealed class Session
{
    public string TenantId => Current.Id;

    public Tenant Current { get; } = new();
}

public sealed class Tenant
{
    public string Id { get; init; } = "";
}

public sealed class CatalogService
{
    private readonly IDistributedCache cache;
    private readonly CatalogKeyBuilder keys = new();

    public CatalogService(IDistributedCache cache) => this.cache = cache;

    public string? Order(Session session, int id) => cache.GetString(OrderKeys.For(session.TenantId, id));

    public string? UnscopedOrder(int id) => cache.GetString(OrderKeys.Unscoped(id));

    public string? ScopedOrder(string tenantId, int id) => cache.GetString(OrderKeys.Scoped(tenantId, id));

    public string? Product(int id) => cache.GetString(keys.Product(id));

    public string? SessionProduct(Session session, int id) => cache.GetString($"v1:products:{session.TenantId}:{id}");
}
