using System.Collections.Immutable;
using System.Threading.Tasks;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Diagnostics;
using NUnit.Framework;
using SecurityGate.Analyzers.CacheKeys;
using SecurityGate.Analyzers.Tests.Infrastructure;

namespace SecurityGate.Analyzers.Tests.CacheKeys;

public sealed class CacheKeyVersionAnalyzerTests
{
    [Test]
    public async Task DistributedCache_UnversionedKeys_ReportedAtKeyArgument()
    {
        var diagnostics = await AnalyzerHarness.RunOnFixtureAsync("CacheKeys/DistributedCacheKeys.cs", null, new CacheKeyVersionAnalyzer());

        Assert.That(ExpectedDiagnostic.From(diagnostics), Is.EqualTo(new[]
        {
            new ExpectedDiagnostic("CSG001", 18, 33, "Cache key \"client:{0}:orders:{1}\" has no version prefix; start it with \"v{n}:\" (for example \"v1:client:{tenantId}:orders:{id}\") so entries written by an older schema are not read back"),
            new ExpectedDiagnostic("CSG001", 26, 59, KeyMessages.NoVersion("global-settings")),
        }));
    }

    [Test]
    public async Task HelperInAnotherClass_UnversionedTemplate_Reported()
    {
        var diagnostics = await AnalyzerHarness.RunOnFixtureAsync("CacheKeys/KeyHelpers.cs", null, new CacheKeyVersionAnalyzer());

        // OrderKeys.Scoped goes through three helper levels and Product through a constant prefix: both are versioned.
        Assert.That(ExpectedDiagnostic.From(diagnostics), Is.EqualTo(new[]
        {
            new ExpectedDiagnostic("CSG001", 49, 61, KeyMessages.NoVersion("orders:{0}")),
        }));
    }

    [Test]
    public async Task FormatAndConcat_ConstantFormat_FoldedIntoTemplate()
    {
        var diagnostics = await AnalyzerHarness.RunOnFixtureAsync("CacheKeys/FormatAndConcatKeys.cs", null, new CacheKeyVersionAnalyzer());

        Assert.That(ExpectedDiagnostic.From(diagnostics), Is.EqualTo(new[]
        {
            new ExpectedDiagnostic("CSG001", 19, 68, KeyMessages.NoVersion("prices:{0}:{1}")),
        }));
    }

    [Test]
    public async Task RedisKeys_ImplicitConversionFromString_Followed()
    {
        var diagnostics = await AnalyzerHarness.RunOnFixtureAsync("CacheKeys/LocalAndRedisKeys.cs", null, new CacheKeyVersionAnalyzer());

        // The reassigned local in Reassigned is not followed, so it is not reported although it would be versioned.
        Assert.That(ExpectedDiagnostic.From(diagnostics), Is.EqualTo(new[]
        {
            new ExpectedDiagnostic("CSG001", 21, 35, KeyMessages.NoVersion("sessions:{0}")),
        }));
    }

    [Test]
    public async Task MemoryAndHybridCache_UnversionedKeys_Reported()
    {
        var diagnostics = await AnalyzerHarness.RunOnFixtureAsync("CacheKeys/MemoryAndHybridKeys.cs", null, new CacheKeyVersionAnalyzer());

        Assert.That(ExpectedDiagnostic.From(diagnostics), Is.EqualTo(new[]
        {
            new ExpectedDiagnostic("CSG001", 24, 61, KeyMessages.NoVersion("profiles:{0}")),
            new ExpectedDiagnostic("CSG001", 30, 36, KeyMessages.NoVersion("banners:{0}")),
        }));
    }

    [Test]
    public async Task WrapperAndVersionedKeys_NoFinding()
    {
        var diagnostics = await AnalyzerHarness.RunOnFixtureAsync("CacheKeys/WrapperCache.cs", null, new CacheKeyVersionAnalyzer());

        Assert.That(diagnostics, Is.Empty);
    }

    [TestCase("$\"{prefix}:orders:{id}\"", "{0}:orders:{1}")]
    [TestCase("\"v:orders\"", "v:orders")]
    [TestCase("\"v0:orders\"", "v0:orders")]
    [TestCase("\"v1\" + id", "v1{0}")]
    [TestCase("\"V1:orders:\" + id", "V1:orders:{0}")]
    public async Task KeyStart_NotAVersionSegment_Reported(string keyExpression, string template)
    {
        var diagnostics = await RunOnKeyAsync(keyExpression);

        Assert.That(ExpectedDiagnostic.From(diagnostics), Is.EqualTo(new[] { new ExpectedDiagnostic("CSG001", 9, 32, KeyMessages.NoVersion(template)) }));
    }

    [TestCase("\"v1:orders\"")]
    [TestCase("\"v12:\" + prefix + id")]
    [TestCase("$\"v{7}:orders:{id}\"")]
    [TestCase("prefix")]
    [TestCase("prefix + id")]
    public async Task KeyStart_VersionOrUndetermined_NoFinding(string keyExpression)
    {
        var diagnostics = await RunOnKeyAsync(keyExpression);

        Assert.That(diagnostics, Is.Empty);
    }

    /// <summary>Runs CSG001 on one IDistributedCache.GetString call whose key argument starts at line 9, column 32.</summary>
    internal static Task<ImmutableArray<Diagnostic>> RunOnKeyAsync(string keyExpression, DiagnosticAnalyzer? analyzer = null)
    {
        var source = $$"""
            using Microsoft.Extensions.Caching.Distributed;

            namespace Shop;

            public sealed class Reader
            {
                public string? Read(IDistributedCache cache, string prefix, int id)
                {
                    return cache.GetString({{keyExpression}});
                }
            }
            """;
        return AnalyzerHarness.RunAsync(source, "Reader.cs", null, analyzer ?? new CacheKeyVersionAnalyzer());
    }
}
