using Microsoft.Extensions.Caching.Distributed;

namespace Shop.Onboarding;

public sealed class DemoTenantCache
{
    private readonly IDistributedCache cache;

    public DemoTenantCache(IDistributedCache cache) => this.cache = cache;

    public string? GetDemoCatalog() => cache.GetString("v1:client:demo:catalog:featured");

    public string? GetDemoOrder(int id) => cache.GetString($"v1:tenant:demo:orders:{id}");

    public string? GetMarkerOnly() => cache.GetString("v1:client:");

    public string? GetClientsList() => cache.GetString("v1:clients:demo:list");

    public string? GetAfterHole(string region) => cache.GetString($"v1:{region}client:demo:list");
}
