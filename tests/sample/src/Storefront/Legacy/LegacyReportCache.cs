using Microsoft.Extensions.Caching.Memory;

namespace Storefront.Legacy;

/// <summary>Caches the nightly sales report of the old reporting module.</summary>
public sealed class LegacyReportCache(IMemoryCache cache)
{
    public string? GetNightlyReport(DateOnly day) => cache.Get<string>("report:" + day.ToString("yyyy-MM-dd"));
}
