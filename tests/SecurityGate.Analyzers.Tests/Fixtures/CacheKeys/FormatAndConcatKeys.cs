using System.Globalization;
using Microsoft.Extensions.Caching.Distributed;

namespace Shop.Pricing;

public sealed class PriceCache
{
    private const string ProductKeyFormat = "v1:products:{0}";

    private readonly IDistributedCache cache;

    public PriceCache(IDistributedCache cache) => this.cache = cache;

    public string? Product(int id) => cache.GetString(string.Format(ProductKeyFormat, id));

    public string? TenantProduct(string tenantId, int id)
        => cache.GetString(string.Format(CultureInfo.InvariantCulture, "v1:client:{0}:products:{1}", tenantId, id));

    public string? Price(string region, int id) => cache.GetString(string.Concat("prices:", region, ":", id.ToString(CultureInfo.InvariantCulture)));

    public string? Padded(int id) => cache.GetString(string.Format(CultureInfo.InvariantCulture, "v1:{{padded}}:{0:D8}", id));
}
