using System.Collections.Generic;
using System.Collections.Immutable;
using System.Threading.Tasks;
using Microsoft.CodeAnalysis;
using NUnit.Framework;
using SecurityGate.Analyzers.CacheKeys;
using SecurityGate.Analyzers.Tests.Infrastructure;

namespace SecurityGate.Analyzers.Tests.CacheKeys;

public sealed class UnscopedInvalidationAnalyzerTests
{
    [Test]
    public async Task Fixture_TagsPrefixesPatterns_ReportedWithoutTenant()
    {
        var diagnostics = await AnalyzerHarness.RunOnFixtureAsync("CacheKeys/TagAndPrefixInvalidation.cs", null, new UnscopedInvalidationAnalyzer());

        // Each element of a tag array is judged on its own. A wildcard after client: is no tenant.
        Assert.That(ExpectedDiagnostic.From(diagnostics), Is.EqualTo(new[]
        {
            new ExpectedDiagnostic("CSG004", 27, 40, "Invalidation by tag \"products\" in HybridCache.RemoveByTagAsync has no tenant segment, so it reaches every tenant's entries; put the tenant into the tag, for example \"client:{tenantId}:\" before the rest"),
            new ExpectedDiagnostic("CSG004", 30, 48, KeyMessages.Unscoped("tag", "category:{0}", "HybridCache.RemoveByTagAsync")),
            new ExpectedDiagnostic("CSG004", 30, 74, KeyMessages.Unscoped("tag", "v1:catalog", "HybridCache.RemoveByTagAsync")),
            new ExpectedDiagnostic("CSG004", 33, 44, KeyMessages.Unscoped("tag", "catalog-pages", "IOutputCacheStore.EvictByTagAsync")),
            new ExpectedDiagnostic("CSG004", 35, 66, KeyMessages.Unscoped("prefix", "v1:prices:", "IEasyCachingProvider.RemoveByPrefix")),
            new ExpectedDiagnostic("CSG004", 37, 86, KeyMessages.Unscoped("prefix", "v1:stock:{0}:", "IEasyCachingProvider.RemoveByPrefixAsync")),
            new ExpectedDiagnostic("CSG004", 39, 78, KeyMessages.Unscoped("pattern", "v1:client:*:orders:*", "IServer.Keys")),
        }));
    }

    [Test]
    public async Task Fixture_KeyRules_IgnoreInvalidationApis()
    {
        var diagnostics = await AnalyzerHarness.RunOnFixtureAsync(
            "CacheKeys/TagAndPrefixInvalidation.cs", null, new CacheKeyVersionAnalyzer(), new CacheKeyTenantAnalyzer());

        Assert.That(diagnostics, Is.Empty);
    }

    [TestCase("[\"products\", $\"client:{tenantId}:products\"]", 41, "products")]
    [TestCase("new List<string> { \"x\" }", 0, null)]
    [TestCase("tags", 0, null)]
    public async Task TagSequence_ElementsJudgedWhenVisible(string tagsExpression, int column, string? template)
    {
        var diagnostics = await RunOnCallAsync($"hybrid.RemoveByTagAsync({tagsExpression})");

        var expected = template is null
            ? new List<ExpectedDiagnostic>()
            : new List<ExpectedDiagnostic> { new("CSG004", 12, column, KeyMessages.Unscoped("tag", template, "HybridCache.RemoveByTagAsync")) };
        Assert.That(ExpectedDiagnostic.From(diagnostics), Is.EqualTo(expected));
    }

    [TestCase("server.Keys(0, \"v1:orders:*\")", "v1:orders:*")]
    [TestCase("server.Keys(pattern: \"v1:client:?:orders\")", "v1:client:?:orders")]
    [TestCase("server.Keys(pattern: \"v1:client:[ab]*:orders\")", "v1:client:[ab]*:orders")]
    public async Task Pattern_WithoutTenant_Reported(string call, string template)
    {
        var diagnostics = await RunOnCallAsync(call);

        Assert.That(DiagnosticRecord.From(diagnostics), Has.Count.EqualTo(1));
        Assert.That(DiagnosticRecord.From(diagnostics)[0].Message, Is.EqualTo(KeyMessages.Unscoped("pattern", template, "IServer.Keys")));
    }

    [TestCase("server.Keys(pattern: \"v1:client:acme:orders:*\")")]
    [TestCase("server.Keys(pattern: \"v1:client:\" + tenantId + \":*\")")]
    [TestCase("server.Keys()")]
    [TestCase("hybrid.RemoveByTagAsync($\"orders-{tenantId}\")")]
    public async Task TenantScopedOrUnknown_NotReported(string call)
    {
        var diagnostics = await RunOnCallAsync(call);

        Assert.That(diagnostics, Is.Empty);
    }

    [Test]
    public async Task EditorConfig_ConfiguredTenantIdentifier_Honoured()
    {
        var options = new TestConfigOptionsProvider(new Dictionary<string, string> { ["cache_security.tenant_identifiers"] = "shopId" });

        var diagnostics = await RunOnCallAsync("hybrid.RemoveByTagAsync($\"products:{shopId}\")", options);

        Assert.That(diagnostics, Is.Empty);
    }

    private static Task<ImmutableArray<Diagnostic>> RunOnCallAsync(string call, TestConfigOptionsProvider? options = null)
    {
        var source = $$"""
            using System.Collections.Generic;
            using Microsoft.Extensions.Caching.Hybrid;
            using StackExchange.Redis;

            namespace Shop;

            public sealed class Invalidation
            {
                public object Run(HybridCache hybrid, IServer server, string tenantId, string shopId, IEnumerable<string> tags)
                {
                    _ = tags;
                    return {{call}};
                }
            }
            """;
        return AnalyzerHarness.RunAsync(source, "Invalidation.cs", options, new UnscopedInvalidationAnalyzer());
    }
}
