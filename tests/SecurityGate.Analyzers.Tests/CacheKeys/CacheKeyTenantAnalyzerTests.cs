using System.Collections.Generic;
using System.Threading.Tasks;
using NUnit.Framework;
using SecurityGate.Analyzers.CacheKeys;
using SecurityGate.Analyzers.Tests.Infrastructure;

namespace SecurityGate.Analyzers.Tests.CacheKeys;

public sealed class CacheKeyTenantAnalyzerTests
{
    [Test]
    public async Task DistributedCache_NoTenant_ReportedAtKey()
    {
        var diagnostics = await AnalyzerHarness.RunOnFixtureAsync("CacheKeys/DistributedCacheKeys.cs", null, new CacheKeyTenantAnalyzer());

        // `user.TenantId` and `clientAccountId` are tenant holes; `GetByKey(string key)` is not guessed at.
        Assert.That(ExpectedDiagnostic.From(diagnostics), Is.EqualTo(new[]
        {
            new ExpectedDiagnostic("CSG002", 21, 33, "Cache key \"v1:orders:{0}\" has no tenant segment; add \"client:{tenantId}:\" so tenants cannot read each other's entries"),
            new ExpectedDiagnostic("CSG002", 26, 59, KeyMessages.NoTenant("global-settings")),
        }));
    }

    [Test]
    public async Task ConstantTenantAfterMarker_NotReported()
    {
        var diagnostics = await AnalyzerHarness.RunOnFixtureAsync("CacheKeys/ConstantTenantKeys.cs", null, new CacheKeyTenantAnalyzer());

        // A marker with nothing after it, "clients:" and a marker glued to a hole are no tenant segments.
        Assert.That(ExpectedDiagnostic.From(diagnostics), Is.EqualTo(new[]
        {
            new ExpectedDiagnostic("CSG002", 15, 55, KeyMessages.NoTenant("v1:client:")),
            new ExpectedDiagnostic("CSG002", 17, 56, KeyMessages.NoTenant("v1:clients:demo:list")),
            new ExpectedDiagnostic("CSG002", 19, 67, KeyMessages.NoTenant("v1:{0}client:demo:list")),
        }));
    }

    [Test]
    public async Task HelperInAnotherClass_TenantThroughHelpers_Recognised()
    {
        var diagnostics = await AnalyzerHarness.RunOnFixtureAsync("CacheKeys/KeyHelpers.cs", null, new CacheKeyTenantAnalyzer());

        // Order passes session.TenantId (a property forwarding Current.Id) to a helper parameter named tenantId.
        Assert.That(ExpectedDiagnostic.From(diagnostics), Is.EqualTo(new[]
        {
            new ExpectedDiagnostic("CSG002", 49, 61, KeyMessages.NoTenant("orders:{0}")),
            new ExpectedDiagnostic("CSG002", 53, 55, KeyMessages.NoTenant("v2:catalog:{0}")),
        }));
    }

    [Test]
    public async Task StringFormat_ConstantFormatWithoutTenant_Reported()
    {
        var diagnostics = await AnalyzerHarness.RunOnFixtureAsync("CacheKeys/FormatAndConcatKeys.cs", null, new CacheKeyTenantAnalyzer());

        Assert.That(ExpectedDiagnostic.From(diagnostics), Is.EqualTo(new[]
        {
            new ExpectedDiagnostic("CSG002", 14, 55, KeyMessages.NoTenant("v1:products:{0}")),
            new ExpectedDiagnostic("CSG002", 19, 68, KeyMessages.NoTenant("prices:{0}:{1}")),
            new ExpectedDiagnostic("CSG002", 21, 54, KeyMessages.NoTenant("v1:{{padded}}:{0}")),
        }));
    }

    [Test]
    public async Task LocalsAndRedisKeys_SingleAssignmentFollowed()
    {
        var diagnostics = await AnalyzerHarness.RunOnFixtureAsync("CacheKeys/LocalAndRedisKeys.cs", null, new CacheKeyTenantAnalyzer());

        Assert.That(ExpectedDiagnostic.From(diagnostics), Is.EqualTo(new[]
        {
            new ExpectedDiagnostic("CSG002", 21, 35, KeyMessages.NoTenant("sessions:{0}")),
            new ExpectedDiagnostic("CSG002", 31, 77, KeyMessages.NoTenant("v1:flags")),
        }));
    }

    [Test]
    public async Task WrapperImplementingDistributedCache_CallOnWrapperReported()
    {
        var diagnostics = await AnalyzerHarness.RunOnFixtureAsync("CacheKeys/WrapperCache.cs", null, new CacheKeyTenantAnalyzer());

        // The wrapper's own forwarding calls pass a parameter and are not reported.
        Assert.That(ExpectedDiagnostic.From(diagnostics), Is.EqualTo(new[]
        {
            new ExpectedDiagnostic("CSG002", 38, 40, KeyMessages.NoTenant("v1:menu")),
        }));
    }

    [Test]
    public async Task MemoryAndHybrid_TenantKeys_NotReported()
    {
        var diagnostics = await AnalyzerHarness.RunOnFixtureAsync("CacheKeys/MemoryAndHybridKeys.cs", null, new CacheKeyTenantAnalyzer());

        Assert.That(ExpectedDiagnostic.From(diagnostics), Is.EqualTo(new[]
        {
            new ExpectedDiagnostic("CSG002", 24, 61, KeyMessages.NoTenant("profiles:{0}")),
            new ExpectedDiagnostic("CSG002", 30, 36, KeyMessages.NoTenant("banners:{0}")),
            new ExpectedDiagnostic("CSG002", 32, 65, KeyMessages.NoTenant("v1:banners:{0}")),
        }));
    }

    [Test]
    public async Task EditorConfig_ConfiguredTenantIdentifier_Honoured()
    {
        var options = new TestConfigOptionsProvider(new Dictionary<string, string>
        {
            ["cache_security.tenant_identifiers"] = "CustomerId, shop_id",
        });

        var withOption = await AnalyzerHarness.RunOnFixtureAsync("CacheKeys/ConfiguredTenantKeys.cs", options, new CacheKeyTenantAnalyzer());
        var withoutOption = await AnalyzerHarness.RunOnFixtureAsync("CacheKeys/ConfiguredTenantKeys.cs", null, new CacheKeyTenantAnalyzer());

        Assert.That(withOption, Is.Empty);
        Assert.That(ExpectedDiagnostic.From(withoutOption), Is.EqualTo(new[]
        {
            new ExpectedDiagnostic("CSG002", 11, 71, KeyMessages.NoTenant("v1:openings:{0}:{1}")),
        }));
    }

    [Test]
    public async Task GlobalConfig_ConfiguredTenantIdentifier_Honoured()
    {
        var options = new TestConfigOptionsProvider(
            new Dictionary<string, string>(),
            new Dictionary<string, string> { ["cache_security.tenant_identifiers"] = "ShopId" });

        var diagnostics = await AnalyzerHarness.RunOnFixtureAsync("CacheKeys/ConfiguredTenantKeys.cs", options, new CacheKeyTenantAnalyzer());

        Assert.That(diagnostics, Is.Empty);
    }

    [TestCase("$\"v1:client:{prefix}:orders:{id}\"")]
    [TestCase("$\"v1:Tenant:{prefix}:orders:{id}\"")]
    [TestCase("\"v1:x:tenant:\" + id")]
    [TestCase("\"v1:orders:\" + tenant.Id")]
    [TestCase("\"v1:orders:\" + tenant.Id.ToString()")]
    [TestCase("\"v1:orders:\" + TenantId(id)")]
    [TestCase("\"v1:orders:\" + GetTenantId()")]
    public async Task TenantHole_ByMarkerOrName_NotReported(string keyExpression)
    {
        var diagnostics = await RunOnKeyAsync(keyExpression);

        Assert.That(diagnostics, Is.Empty);
    }

    [TestCase("\"v1:orders\"", "v1:orders")]
    [TestCase("\"v1:myclient:\" + id", "v1:myclient:{0}")]
    [TestCase("$\"v1:{prefix}client:{id}\"", "v1:{0}client:{1}")]
    [TestCase("\"v1:orders:\" + tenant.Region", "v1:orders:{0}")]
    [TestCase("$\"v1:orders:{Format(id)}\"", "v1:orders:{0}")]
    [TestCase("$\"v1:orders:{GetTenantIdle()}\"", "v1:orders:{0}")]
    public async Task NoTenantHole_Reported(string keyExpression, string template)
    {
        var diagnostics = await RunOnKeyAsync(keyExpression);

        Assert.That(ExpectedDiagnostic.From(diagnostics), Is.EqualTo(new[] { new ExpectedDiagnostic("CSG002", 11, 32, KeyMessages.NoTenant(template)) }));
    }

    private static Task<System.Collections.Immutable.ImmutableArray<Microsoft.CodeAnalysis.Diagnostic>> RunOnKeyAsync(string keyExpression)
    {
        var source = $$"""
            using Microsoft.Extensions.Caching.Distributed;

            namespace Shop;

            public sealed record TenantInfo(string Id, string Region);

            public sealed class Reader
            {
                public string? Read(IDistributedCache cache, TenantInfo tenant, string prefix, int id)
                {
                    return cache.GetString({{keyExpression}});
                }

                private static string TenantId(int id) => id.ToString(System.Globalization.CultureInfo.InvariantCulture);

                private static string GetTenantId() => System.Environment.UserName;

                private static string GetTenantIdle() => System.Environment.MachineName;

                private static string Format(int id) => id.ToString("D8", System.Globalization.CultureInfo.InvariantCulture);
            }
            """;
        return AnalyzerHarness.RunAsync(source, "Reader.cs", null, new CacheKeyTenantAnalyzer());
    }
}
