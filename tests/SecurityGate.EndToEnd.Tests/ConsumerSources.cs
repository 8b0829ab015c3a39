namespace SecurityGate.EndToEnd.Tests;

/// <summary>Small consumer classes with known findings at known positions.</summary>
internal static class ConsumerSources
{
    /// <summary>One key with neither version nor tenant: CSG001 and CSG002 at (7,59).</summary>
    public const string OrderCache = """
        using Microsoft.Extensions.Caching.Distributed;

        namespace Orders;

        public sealed class OrderCache(IDistributedCache cache)
        {
            public string? GetOrder(string id) => cache.GetString($"orders:{id}");
        }
        """;

    /// <summary><see cref="OrderCache"/> plus a second unversioned, tenant-less key at (8,61).</summary>
    public const string OrderCacheWithInvoices = """
        using Microsoft.Extensions.Caching.Distributed;

        namespace Orders;

        public sealed class OrderCache(IDistributedCache cache)
        {
            public string? GetOrder(string id) => cache.GetString($"orders:{id}");
            public string? GetInvoice(string id) => cache.GetString($"invoices:{id}");
        }
        """;

    /// <summary><see cref="OrderCacheWithInvoices"/> with the order method removed.</summary>
    public const string InvoiceCacheOnly = """
        using Microsoft.Extensions.Caching.Distributed;

        namespace Orders;

        public sealed class OrderCache(IDistributedCache cache)
        {
            public string? GetInvoice(string id) => cache.GetString($"invoices:{id}");
        }
        """;

    /// <summary><see cref="OrderCache"/> with its key fixed: versioned and tenant-scoped, no finding.</summary>
    public const string OrderCacheFixed = """
        using Microsoft.Extensions.Caching.Distributed;

        namespace Orders;

        public sealed class OrderCache(IDistributedCache cache)
        {
            public string? GetOrder(string tenantId, string id) => cache.GetString($"v1:client:{tenantId}:orders:{id}");
        }
        """;

    /// <summary><see cref="OrderCache"/> shifted down by a comment block and a blank line.</summary>
    public const string OrderCacheShifted = """
        using Microsoft.Extensions.Caching.Distributed;

        // Orders are cached for the order history page.
        // Entries expire with the cache's default policy.

        namespace Orders;

        public sealed class OrderCache(IDistributedCache cache)
        {

            public string? GetOrder(string id) => cache.GetString($"orders:{id}");
        }
        """;

    /// <summary>A finding that only the net10.0 build compiles.</summary>
    public const string FrameworkSpecificCache = """
        using Microsoft.Extensions.Caching.Distributed;

        namespace Orders;

        public sealed class FrameworkSpecificCache(IDistributedCache cache)
        {
        #if NET10_0_OR_GREATER
            public string? GetPreview(string id) => cache.GetString($"preview:{id}");
        #endif
        }
        """;

    public const string CsgOneMessage = "Cache key \"orders:{0}\" has no version prefix; start it with \"v{n}:\" (for example \"v1:client:{tenantId}:orders:{id}\") so entries written by an older schema are not read back";

    public const string CsgTwoMessage = "Cache key \"orders:{0}\" has no tenant segment; add \"client:{tenantId}:\" so tenants cannot read each other's entries";
}
