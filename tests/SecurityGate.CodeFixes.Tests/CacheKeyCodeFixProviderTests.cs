using System.Linq;
using System.Threading.Tasks;
using NUnit.Framework;
using SecurityGate.Analyzers.CacheKeys;
using SecurityGate.CodeFixes.Tests.Infrastructure;

namespace SecurityGate.CodeFixes.Tests;

public sealed class CacheKeyCodeFixProviderTests
{
    private static CodeFixHarness Harness() => new(new CacheKeyCodeFixProvider(), new CacheKeyVersionAnalyzer(), new CacheKeyTenantAnalyzer());

    [Test]
    public async Task Fix_InterpolatedKey_UsesRuntimeCacheKey()
    {
        var harness = Harness();

        var fixedDocument = await harness.FixFirstAsync("""
            using System.Threading.Tasks;
            using Microsoft.Extensions.Caching.Distributed;

            public sealed class OrderCache(IDistributedCache cache)
            {
                public Task<string?> GetAsync(string tenantId, string orderId) => cache.GetStringAsync($"orders:{tenantId}:{orderId}");
            }
            """);

        Assert.That(await CodeFixHarness.TextAsync(fixedDocument), Is.EqualTo("""
            using System.Threading.Tasks;
            using Microsoft.Extensions.Caching.Distributed;
            using SecurityGate.Runtime;

            public sealed class OrderCache(IDistributedCache cache)
            {
                public Task<string?> GetAsync(string tenantId, string orderId) => cache.GetStringAsync(CacheKey.Create(tenantId, "orders", orderId).ToString());
            }
            """));
        Assert.That(await harness.DiagnosticsAsync(fixedDocument), Is.Empty);
    }

    [Test]
    public async Task Fix_FormatCall_FormatsNumberInvariant()
    {
        var harness = Harness();

        var fixedDocument = await harness.FixFirstAsync("""
            using Microsoft.Extensions.Caching.Distributed;
            using SecurityGate.Runtime;

            public sealed class InvoiceCache(IDistributedCache cache)
            {
                public void Remove(Tenant tenant, int invoiceId) => cache.Remove(string.Format("invoices:{0}:{1}:pdf", tenant.Id, invoiceId));
            }

            public sealed record Tenant(string Id);
            """);

        Assert.That(await CodeFixHarness.TextAsync(fixedDocument), Is.EqualTo("""
            using System.Globalization;
            using Microsoft.Extensions.Caching.Distributed;
            using SecurityGate.Runtime;

            public sealed class InvoiceCache(IDistributedCache cache)
            {
                public void Remove(Tenant tenant, int invoiceId) => cache.Remove(CacheKey.Create(tenant.Id, "invoices", invoiceId.ToString(CultureInfo.InvariantCulture), "pdf").ToString());
            }

            public sealed record Tenant(string Id);
            """));
        Assert.That(await harness.DiagnosticsAsync(fixedDocument), Is.Empty);
    }

    [Test]
    public async Task Fix_Concatenation_UsesRuntimeCacheKey()
    {
        var harness = Harness();

        var fixedDocument = await harness.FixFirstAsync("""
            using Microsoft.Extensions.Caching.Distributed;

            public sealed class ProfileCache(IDistributedCache cache)
            {
                public string? Get(string tenantId, string userName) => cache.GetString("profiles:" + userName + ":" + tenantId);
            }
            """);

        Assert.That(await CodeFixHarness.TextAsync(fixedDocument), Is.EqualTo("""
            using Microsoft.Extensions.Caching.Distributed;
            using SecurityGate.Runtime;

            public sealed class ProfileCache(IDistributedCache cache)
            {
                public string? Get(string tenantId, string userName) => cache.GetString(CacheKey.Create(tenantId, "profiles", userName).ToString());
            }
            """));
        Assert.That(await harness.DiagnosticsAsync(fixedDocument), Is.Empty);
    }

    [Test]
    public async Task Fix_ConfiguredTenantName_IsTenant()
    {
        var harness = new CodeFixHarness(new CacheKeyCodeFixProvider(), new CacheKeyVersionAnalyzer())
        {
            EditorConfig = "root = true\n\n[*.cs]\ncache_security.tenant_identifiers = ShopId\n",
        };

        var fixedDocument = await harness.FixFirstAsync("""
            using Microsoft.Extensions.Caching.Distributed;

            public sealed class CartCache(IDistributedCache cache)
            {
                public string? Get(string shopId, string cartId) => cache.GetString($"carts:{shopId}:{cartId}");
            }
            """);

        Assert.That(await CodeFixHarness.TextAsync(fixedDocument), Does.Contain("CacheKey.Create(shopId, \"carts\", cartId).ToString()"));
    }

    [Test]
    public async Task Fix_GlobalConfigTenantName_IsTenant()
    {
        var harness = new CodeFixHarness(new CacheKeyCodeFixProvider(), new CacheKeyVersionAnalyzer())
        {
            GlobalConfig = "is_global = true\ncache_security.tenant_identifiers = ShopId\n",
        };

        var fixedDocument = await harness.FixFirstAsync("""
            using Microsoft.Extensions.Caching.Distributed;

            public sealed class CartCache(IDistributedCache cache)
            {
                public string? Get(string shopId, string cartId) => cache.GetString($"carts:{shopId}:{cartId}");
            }
            """);

        Assert.That(await CodeFixHarness.TextAsync(fixedDocument), Does.Contain("CacheKey.Create(shopId, \"carts\", cartId).ToString()"));
    }

    [Test]
    public async Task FixAll_KeyWithBothFindings_RewritesOnce()
    {
        var harness = Harness();

        var fixedDocument = await harness.FixAllAsync(
            """
            using Microsoft.Extensions.Caching.Distributed;

            public sealed class OrderCache(IDistributedCache cache)
            {
                public string? Get(string tenantId, string orderId) => cache.GetString($"orders:{tenantId}:{orderId}");

                public void Remove(string tenantId, string orderId) => cache.Remove($"orders:{tenantId}:{orderId}");
            }
            """,
            CacheKeyCodeFixProvider.EquivalenceKey);

        Assert.That(await CodeFixHarness.TextAsync(fixedDocument), Is.EqualTo("""
            using Microsoft.Extensions.Caching.Distributed;
            using SecurityGate.Runtime;

            public sealed class OrderCache(IDistributedCache cache)
            {
                public string? Get(string tenantId, string orderId) => cache.GetString(CacheKey.Create(tenantId, "orders", orderId).ToString());

                public void Remove(string tenantId, string orderId) => cache.Remove(CacheKey.Create(tenantId, "orders", orderId).ToString());
            }
            """));
        Assert.That(await harness.DiagnosticsAsync(fixedDocument), Is.Empty);
    }

    [TestCase("$\"orders:{orderId}\"", TestName = "Fix_NoTenantHole_NotOffered")]
    [TestCase("$\"orders:{tenantId}:order-{orderId}\"", TestName = "Fix_MixedSegment_NotOffered")]
    [TestCase("$\"shop:orders:{tenantId}:{orderId}\"", TestName = "Fix_TwoLiteralSegments_NotOffered")]
    [TestCase("$\"orders:{tenantId}:{orderId,8}\"", TestName = "Fix_AlignedHole_NotOffered")]
    [TestCase("$\"orders:{tenantId}:{tenantId}\"", TestName = "Fix_TwoTenantHoles_NotOffered")]
    [TestCase("$\"orders:{tenantId}:all\"", TestName = "Fix_LiteralId_NotOffered")]
    public async Task Fix_UnrecognisedShape_NotOffered(string key)
    {
        var harness = Harness();
        var source = """
            using Microsoft.Extensions.Caching.Distributed;

            public sealed class OrderCache(IDistributedCache cache)
            {
                public string? Get(string tenantId, string orderId) => cache.GetString(KEY);
            }
            """.Replace("KEY", key, System.StringComparison.Ordinal);

        var titles = await harness.OfferedTitlesAsync(source);

        Assert.That(titles, Is.Empty);
    }

    [Test]
    public async Task Fix_WithoutRuntimeReference_NotOffered()
    {
        var harness = new CodeFixHarness(new CacheKeyCodeFixProvider(), new CacheKeyVersionAnalyzer()) { WithoutRuntime = true };

        var titles = await harness.OfferedTitlesAsync("""
            using Microsoft.Extensions.Caching.Distributed;

            public sealed class OrderCache(IDistributedCache cache)
            {
                public string? Get(string tenantId, string orderId) => cache.GetString($"orders:{tenantId}:{orderId}");
            }
            """);

        Assert.That(titles, Is.Empty);
    }

    [Test]
    public async Task Fix_TwoFindings_OffersFixForEach()
    {
        var harness = Harness();
        const string Source = """
            using Microsoft.Extensions.Caching.Distributed;

            public sealed class OrderCache(IDistributedCache cache)
            {
                public string? Get(string orderId) => cache.GetString($"orders:{orderId}:{GetTenantId()}");

                private static string GetTenantId() => "demo";
            }
            """;

        var titles = await harness.OfferedTitlesAsync(Source);
        var ruleIds = (await harness.DiagnosticsAsync(harness.CreateDocument(Source))).Select(diagnostic => diagnostic.Id);

        Assert.That(ruleIds, Is.EqualTo(new[] { "CSG001", "CSG002" }));
        Assert.That(titles, Is.EqualTo(new[] { "Build the key with SecurityGate.Runtime.CacheKey", "Build the key with SecurityGate.Runtime.CacheKey" }));
    }
}
